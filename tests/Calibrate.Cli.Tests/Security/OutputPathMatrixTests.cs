using System.Diagnostics;
using Calibrate.Cli.Infrastructure;
using Calibrate.Cli.Tests.Statistics;
using Calibrate.Store.Files;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Security;

/// <summary>
/// Every option that names a file calibrate writes (or a directory it writes into), with something other than a regular
/// file at the path: a character device, a symbolic link to a file elsewhere, a directory, a FIFO. Each is refused with
/// one line naming the path and a documented code, within seconds (a FIFO is never opened, so nothing hangs), and the
/// thing at the path is left as it was: a link is neither replaced nor written or read through (a dry run does not
/// show the file it points to), a device stays a device.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class OutputPathMatrixTests
{
    /// <summary>What a link points to: a file the user did not name, which must never change or be shown.</summary>
    private const string Elsewhere = "root:x:0:0:elsewhere\n";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The command line, and the path under the working directory it writes (the option's file, or one of its directory's).</summary>
    private static readonly Dictionary<string, (string[] Arguments, string Target)> Writers = new()
    {
        ["plot --out"] = (["plot", "score-by-label", "--baseline", "bare", "--out", "out/score.svg"], "out/score.svg"),
        ["report --out, index.html"] = (["report", "--by", "label", "--baseline", "bare", "--out", "rep"], "rep/index.html"),
        ["report --out, the directory"] = (["report", "--by", "label", "--baseline", "bare", "--out", "out/rep"], "out/rep"),
        ["push mjf --dir"] = (["push", "mjf", "--result-file", "result.json", "--dir", "mjf"], "mjf/hs06"),
        ["push mjf --dir --dry-run"] = (["push", "mjf", "--result-file", "result.json", "--dir", "mjf", "--dry-run"], "mjf/hs06"),
        ["push mjf --dir --legacy"] = (["push", "mjf", "--result-file", "result.json", "--dir", "mjf", "--legacy"], "mjf/jobslots"),
        ["push jobfeatures --dir"] = (["push", "jobfeatures", "--result-file", "result.json", "--allocated-cpu", "1", "--dir", "jf"], "jf/hs06_job"),
        ["push prometheus --dir"] = (["push", "prometheus", "--result-file", "result.json", "--dir", "prom"], "prom/calibrate.prom"),
        ["push prometheus --dir --dry-run --json"] = (["push", "prometheus", "--result-file", "result.json", "--dir", "prom", "--dry-run", "--json"], "prom/calibrate.prom"),
        ["push htcondor --config-dir"] = (["push", "htcondor", "--result-file", "result.json", "--config-dir", "condor"], "condor/99-calibrate-hs06.conf"),
        ["push pbs --mom-config"] = (["push", "pbs", "--result-file", "result.json", "--mom-config", "mom/config"], "mom/config"),
    };

    private static readonly string[] Kinds = ["character device", "symbolic link", "directory", "FIFO"];

    private static IEnumerable<TestCaseData> Cases() =>
        from writer in Writers.Keys
        from kind in Kinds
        where !(writer.EndsWith("the directory", StringComparison.Ordinal) && kind == "directory")
        select new TestCaseData(writer, kind).SetName($"{{m}}({writer}, {kind})");

    [TestCaseSource(nameof(Cases))]
    public void Something_other_than_a_regular_file_is_refused_and_left_as_it_was(string writer, string kind)
    {
        if (kind == "character device")
        {
            Assume.That(Environment.IsPrivilegedProcess, "only root can make a device node (one of its own, not /dev/full)");
        }

        using var cli = new CliRunner();
        var (arguments, relative) = Writers[writer];
        if (arguments[0] is "plot" or "report")
        {
            SiteData.Store(cli);
        }

        ResultFiles.Write(Path.Combine(cli.WorkingDirectory, "result.json"), new TestResult().Build());
        foreach (var dir in new[] { "out", "mjf", "jf", "prom", "condor", "mom", "rep" })
        {
            Directory.CreateDirectory(Path.Combine(cli.WorkingDirectory, dir));
        }

        var target = Path.Combine(cli.WorkingDirectory, relative);
        var elsewhere = Path.Combine(cli.WorkingDirectory, "elsewhere");
        File.WriteAllText(elsewhere, Elsewhere);
        Make(kind, target, elsewhere);

        var run = Task.Run(() => cli.Run(arguments));
        if (Task.WhenAny(run, Task.Delay(Patience)).GetAwaiter().GetResult() != run)
        {
            Release(target);
            Assert.Fail($"calibrate {string.Join(' ', arguments)} hung on a {kind}");
        }

        var (exit, output, error) = run.Result;
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage).Or.EqualTo(ExitCodes.Failed), $"{output}\n{error}");
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.Contain(Path.GetFileName(target)));
            Assert.That(error, Does.Not.Contain("Exception").And.Not.Contain("   at "));
            Assert.That(output + error, Does.Not.Contain("elsewhere\n").And.Not.Contain("root:x:0:0"), "the linked file is not shown");
            Assert.That(Kind(target), Is.EqualTo(kind), "the thing at the path is left as it was");
            Assert.That(File.ReadAllText(elsewhere), Is.EqualTo(Elsewhere));
            Assert.That(Directory.EnumerateFiles(Path.GetDirectoryName(target)!, ".*.tmp"), Is.Empty, "no temporary file left");
        });
        if (kind == "symbolic link")
        {
            Assert.That(new FileInfo(target).LinkTarget, Is.EqualTo(elsewhere));
        }
        else if (kind == "directory")
        {
            Assert.That(Directory.GetFileSystemEntries(target), Is.EqualTo(new[] { Path.Combine(target, "keep") }));
        }
    }

    private static void Make(string kind, string target, string elsewhere)
    {
        switch (kind)
        {
            case "character device":
                Run("mknod", target, "c", "1", "7");
                break;
            case "symbolic link":
                File.CreateSymbolicLink(target, elsewhere);
                break;
            case "directory":
                Directory.CreateDirectory(target);
                File.WriteAllText(Path.Combine(target, "keep"), "kept\n");
                break;
            default:
                Run("mkfifo", target);
                break;
        }
    }

    /// <summary>What is at the path, by stat(1) without following a link.</summary>
    private static string Kind(string path) => Run("stat", "-c", "%F", path).Trim() switch
    {
        "character special file" => "character device",
        "symbolic link" => "symbolic link",
        "directory" => "directory",
        "fifo" => "FIFO",
        var other => other,
    };

    /// <summary>A reader blocked on the FIFO gets end of file, so a failed test does not leave a thread hanging.</summary>
    private static void Release(string path)
    {
        if (Kind(path) == "FIFO")
        {
            using var writer = new FileStream(path, FileMode.Open, FileAccess.Write);
        }
    }

    private static string Run(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{file} failed");
        return output;
    }
}

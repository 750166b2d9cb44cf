using System.Diagnostics;
using Calibrate.Pushers.Apel;
using Calibrate.Pushers.Arc;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Mjf;
using Calibrate.Pushers.Prometheus;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;

namespace Calibrate.Pushers.Tests.Security;

/// <summary>
/// The site files a push reads before it plans (arc.conf, APEL's client.cfg, lsf.conf) and the files it replaces
/// (MJF, calibrate.prom): a FIFO, a symbolic link or a directory there is refused before it is read, so a FIFO does
/// not hang the push and a dry run never shows what a planted link points to; the thing at the path stays as it was.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ConfigFileKindTests
{
    private const string Elsewhere = "root:x:0:0:elsewhere\n";

    private static readonly Dictionary<string, (string File, Func<string, string, PushPlan> Plan)> Planners = new()
    {
        ["arc"] = ("arc.conf", (_, path) => ArcPlanner.Plan(path, "grid", Figures.Hs23)),
        ["apel"] = ("client.cfg", (_, path) => ApelPlanner.Plan(path, "ce01.example.org:2811/nordugrid-Condor-grid", Figures.Hs23)),
        ["lsf-local"] = ("lsf.conf", (_, path) => LsfLocalPlanner.Plan(Nodes.Worker.Build(), path)),
        ["mjf"] = ("hs06", (dir, _) => MachineFeaturesPlanner.Plan(Nodes.Worker.Build(), dir, legacy: false)),
        ["prometheus"] = (TextfilePlanner.FileName, (dir, _) => TextfilePlanner.Plan(Nodes.Worker.Build(), dir)),
    };

    private static IEnumerable<TestCaseData> Cases() =>
        from planner in Planners.Keys
        from kind in new[] { "FIFO", "symbolic link", "directory" }
        select new TestCaseData(planner, kind).SetName($"{{m}}({planner}, {kind})");

    [TestCaseSource(nameof(Cases))]
    public void Is_refused_before_it_is_read(string planner, string kind)
    {
        using var dir = new TempDirectory();
        var (file, plan) = Planners[planner];
        var path = dir.Combine(file);
        var elsewhere = dir.Combine("elsewhere");
        File.WriteAllText(elsewhere, Elsewhere);
        switch (kind)
        {
            case "FIFO":
                Run("mkfifo", path);
                break;
            case "symbolic link":
                File.CreateSymbolicLink(path, elsewhere);
                break;
            default:
                Directory.CreateDirectory(path);
                break;
        }

        var planning = Task.Run(() => plan(dir.Path, path));
        if (Task.WhenAny(planning, Task.Delay(TimeSpan.FromSeconds(20))).GetAwaiter().GetResult() != planning)
        {
            using (new FileStream(path, FileMode.Open, FileAccess.Write))
            {
                // The blocked reader gets end of file, so the failed test leaves no thread hanging.
            }

            Assert.Fail($"planning {planner} hung on a {kind}");
        }

        var error = planning.Exception?.InnerException;
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<PushConfigException>().Or.InstanceOf<Calibrate.Platform.Files.NotAReplaceableFileException>(), error?.ToString() ?? "planned");
            Assert.That(error?.Message, Does.Contain(kind == "FIFO" ? "FIFO" : kind));
            Assert.That(File.ReadAllText(elsewhere), Is.EqualTo(Elsewhere));
            Assert.That(Run("stat", "-c", "%F", path).Trim(), Is.EqualTo(kind == "FIFO" ? "fifo" : kind));
        });
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

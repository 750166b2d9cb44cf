using System.Text.RegularExpressions;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Services;

namespace Calibrate.Cli.Tests.JobFeatures;

/// <summary>
/// The shipped Grid Engine snippets on the one-node cell of .ci/start-gridengine.sh (CALIBRATE_TEST_GRIDENGINE=1): a
/// real job (qsub -sync y) runs packaging/jobfeatures/gridengine-prolog.sh in its own environment, which is the
/// prolog's ("the same environment setting as that of the Grid Engine jobs", sge_conf(5)), reads what it wrote, and
/// runs gridengine-epilog.sh. The cell's configuration is left as it is: the prolog is not installed in all.q.
/// </summary>
[NonParallelizable]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed partial class GridEngineJobFeaturesTests
{
    private static readonly TimeSpan JobLimit = TimeSpan.FromMinutes(3);

    [Test]
    public void A_real_job_gets_its_features_from_the_prolog_snippet_and_the_epilog_removes_them()
    {
        Required.GridEngineHost();
        using var root = new TempDirectory("calibrate-jf-ge");
        var environment = BatchCommand.SnippetEnvironment(root.Path);
        var prolog = Repository.Path("packaging", "jobfeatures", "gridengine-prolog.sh");
        var epilog = Repository.Path("packaging", "jobfeatures", "gridengine-epilog.sh");
        var output = root.Combine("job.out");
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var script = $"sh {prolog}; d=\"$CALIBRATE_JOBFEATURES_ROOT/$JOB_ID\"; for k in allocated_cpu hs06_job jobstart_secs job_id; do echo \"$k=$(cat \"$d/$k\")\"; done; ls \"$d\" | tr '\\n' ' '; echo; sh {epilog}; test -d \"$d\" && echo left || echo removed";
        // A script file: with -b y, execd joins the arguments into one command line and splits it again at blanks.
        File.WriteAllText(root.Combine("job.sh"), script + "\n");
        var (exit, submitted) = BatchCommand.Run(JobLimit, environment, "qsub", "-sync", "y", "-V", "-b", "y", "-j", "y", "-o", output, "-wd", root.Path, "/bin/sh", root.Combine("job.sh"));
        Assert.That(exit, Is.Zero, submitted);
        var jobId = JobNumber().Match(submitted).Groups["id"].Value;
        var lines = File.ReadAllLines(output);
        var text = string.Join("\n", lines);
        var values = lines.Where(l => l.Contains('=', StringComparison.Ordinal)).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.That(values["allocated_cpu"], Is.EqualTo("1"), text);
        Assert.That(values["hs06_job"], Is.EqualTo("21.75"), "43.5 HS06 over 2 CPUs, 1 of them");
        Assert.That(values["job_id"], Is.EqualTo(jobId));
        Assert.That(long.Parse(values["jobstart_secs"], System.Globalization.CultureInfo.InvariantCulture), Is.InRange(before, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        Assert.That(lines[^2].Trim(), Is.EqualTo("allocated_cpu hs06_job job_id jobstart_secs"), "Grid Engine exports no limits: none is invented");
        Assert.That(lines[^1], Is.EqualTo("removed"));
    }

    [GeneratedRegex(@"Your job (?<id>\d+) ")]
    private static partial Regex JobNumber();
}

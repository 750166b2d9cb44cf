using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Services;

namespace Calibrate.Cli.Tests.JobFeatures;

/// <summary>
/// The shipped Slurm snippets on the one-node cluster of .ci/start-slurm.sh (CALIBRATE_TEST_SLURM=1): a real job
/// started by srun with packaging/jobfeatures/slurm-task-prolog.sh as its TaskProlog (srun --task-prolog, the per-job
/// form of slurm.conf's TaskProlog, so the shared cluster's configuration stays as it is) reads its own $JOBFEATURES;
/// the limits come from the real scontrol; then slurm-epilog.sh, run as the Epilog would with the job's id, removes them.
/// </summary>
[NonParallelizable]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SlurmJobFeaturesTests
{
    private static readonly TimeSpan JobLimit = TimeSpan.FromMinutes(3);

    [Test]
    public void A_real_job_reads_the_features_its_task_prolog_wrote_and_the_epilog_removes_them()
    {
        Required.SlurmNode();
        using var root = new TempDirectory("calibrate-jf");
        var environment = BatchCommand.SnippetEnvironment(root.Path);
        var prolog = Repository.Path("packaging", "jobfeatures", "slurm-task-prolog.sh");
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var (exit, output) = BatchCommand.Run(JobLimit, environment, "srun", "-N1", "-n1", "-c1", "-t", "3", "--mem=100", "--task-prolog=" + prolog, "sh", "-c",
            "echo \"JOBFEATURES=$JOBFEATURES\"; echo \"SLURM_JOB_ID=$SLURM_JOB_ID\"; for k in allocated_cpu hs06_job jobstart_secs job_id wall_limit_secs max_rss_bytes; do echo \"$k=$(cat \"$JOBFEATURES/$k\")\"; done; ls \"$JOBFEATURES\" | tr '\\n' ' '; echo");
        Assert.That(exit, Is.Zero, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var values = lines.Where(l => l.Contains('=', StringComparison.Ordinal)).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var jobId = values["SLURM_JOB_ID"];
        Assert.That(values["JOBFEATURES"], Is.EqualTo(root.Combine("jobfeatures_" + jobId)), output);
        Assert.That(values["allocated_cpu"], Is.EqualTo("1"), output);
        Assert.That(values["hs06_job"], Is.EqualTo("21.75"), "43.5 HS06 over 2 CPUs, 1 of them");
        Assert.That(values["job_id"], Is.EqualTo(jobId));
        Assert.That(long.Parse(values["jobstart_secs"], System.Globalization.CultureInfo.InvariantCulture), Is.InRange(before, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        Assert.That(values["wall_limit_secs"], Is.EqualTo("180"), "srun -t 3, from scontrol show job");
        Assert.That(values["max_rss_bytes"], Is.EqualTo("104857600"), "srun --mem=100 (MB), from scontrol show job");
        Assert.That(lines[^1].Trim(), Is.EqualTo("allocated_cpu hs06_job job_id jobstart_secs max_rss_bytes wall_limit_secs"), "no CPU-time, swap or scratch limit is invented");

        environment["SLURM_JOB_ID"] = jobId;
        var epilog = BatchCommand.Run(JobLimit, environment, "sh", Repository.Path("packaging", "jobfeatures", "slurm-epilog.sh"));
        Assert.That(epilog.Exit, Is.Zero, epilog.Output);
        Assert.That(Directory.Exists(root.Combine("jobfeatures_" + jobId)), Is.False, epilog.Output);
    }
}

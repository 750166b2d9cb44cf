using Calibrate.Cli.Infrastructure;
using Calibrate.TestSupport.Processes;

namespace Calibrate.Cli.Tests.JobFeatures;

/// <summary>`calibrate jobfeatures` through the CLI: a job's environment and the node's published figure in, every known key out; bad input one line, nothing written.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class JobFeaturesCommandTests
{
    [Test]
    public void A_pbs_prologue_writes_every_key_the_resource_list_gives()
    {
        using var cli = Node();
        cli.Environment["PBS_JOBID"] = "1234.pbs.example.org";
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var (exit, output, error) = cli.Run("jobfeatures", "--scheduler", "pbs", "--dir", "job", "--pbs-resources", "nodes=1:ppn=2,walltime=04:00:00,cput=08:00:00,mem=4gb");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(Read(cli, "allocated_cpu"), Is.EqualTo("2"));
        Assert.That(Read(cli, "hs06_job"), Is.EqualTo("21.75"), "43.5 HS06 over 4 CPUs, 2 of them");
        Assert.That(Read(cli, "job_id"), Is.EqualTo("1234.pbs.example.org"));
        Assert.That(Read(cli, "wall_limit_secs"), Is.EqualTo("14400"));
        Assert.That(Read(cli, "cpu_limit_secs"), Is.EqualTo("28800"));
        Assert.That(Read(cli, "max_rss_bytes"), Is.EqualTo("4294967296"));
        Assert.That(long.Parse(Read(cli, "jobstart_secs"), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(before, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        Assert.That(File.Exists(Path.Combine(cli.WorkingDirectory, "job", "max_swap_bytes")), Is.False);
        Assert.That(output, Does.Contain("note: left out, as the pbs job's environment does not give them: max_swap_bytes, scratch_limit_bytes"));
    }

    [Test]
    public void Outside_a_job_it_is_one_line_exit_2_and_nothing_is_written()
    {
        using var cli = Node();
        var (exit, _, error) = cli.Run("jobfeatures", "--scheduler", "slurm", "--dir", "job");
        Assert.That((exit, error), Is.EqualTo((ExitCodes.Usage, "calibrate: $SLURM_JOB_ID is not set: not inside a Slurm job (run this from the job's prolog, or give the job's environment)\n")));
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "job")), Is.False);
    }

    [Test]
    public void A_malformed_published_figure_or_an_allocation_beyond_it_changes_no_file()
    {
        using var cli = Node();
        using var tools = Scontrol(cli);
        cli.Environment["SLURM_JOB_ID"] = "42";
        cli.Environment["SLURM_CPUS_ON_NODE"] = "2";
        Assert.That(cli.Run("jobfeatures", "--scheduler", "slurm", "--dir", "job").Exit, Is.EqualTo(ExitCodes.Ok));
        var before = Snapshot(cli);

        cli.Environment["SLURM_CPUS_ON_NODE"] = "8";
        var (exit, _, error) = cli.Run("jobfeatures", "--scheduler", "slurm", "--dir", "job");
        Assert.That((exit, error), Is.EqualTo((ExitCodes.Usage, $"calibrate: allocated_cpu 8 is outside 1..4 (total_cpu of {cli.WorkingDirectory}/mf)\n")));

        cli.Environment["SLURM_CPUS_ON_NODE"] = "2";
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "mf", "hs06"), "43,5\n");
        (exit, _, error) = cli.Run("jobfeatures", "--scheduler", "slurm", "--dir", "job");
        Assert.That((exit, error), Is.EqualTo((ExitCodes.Usage, $"calibrate: {cli.WorkingDirectory}/mf/hs06 holds '43,5', not a positive number\n")));
        Assert.That(Snapshot(cli), Is.EqualTo(before));
    }

    [Test]
    public void Cleanup_removes_the_keys_and_the_directory()
    {
        using var cli = Node();
        using var tools = Scontrol(cli);
        cli.Environment["SLURM_JOB_ID"] = "42";
        Assert.That(cli.Run("jobfeatures", "--scheduler", "slurm", "--dir", "job").Exit, Is.EqualTo(ExitCodes.Ok));
        var dryRun = cli.Run("jobfeatures", "--scheduler", "slurm", "--dir", "job", "--cleanup", "--dry-run");
        Assert.That(dryRun.Out, Is.EqualTo($"jobfeatures: would remove jobstart_secs, job_id, wall_limit_secs from {cli.WorkingDirectory}/job\n"));
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "job")), Is.True);
        var (exit, output, error) = cli.Run("jobfeatures", "--scheduler", "slurm", "--dir", "job", "--cleanup");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.EndWith($"note: {cli.WorkingDirectory}/job was empty and was removed\n"));
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "job")), Is.False);
    }

    [Test]
    public void A_failing_or_hanging_scontrol_is_one_line_exit_6_and_nothing_is_written()
    {
        using var cli = Node();
        using var tools = new StandIns().Behave("scontrol", "echo 'slurm_load_jobs error: Unable to contact slurm controller (connect failure)' >&2; exit 1");
        cli.Environment["PATH"] = tools.SearchPath;
        cli.Environment["SLURM_JOB_ID"] = "42";
        var (exit, _, error) = cli.Run("jobfeatures", "--scheduler", "slurm", "--dir", "job");
        Assert.That(exit, Is.EqualTo(ExitCodes.ExternalCommandFailed));
        Assert.That(error, Does.StartWith("calibrate: `scontrol show job -o 42` exited with 1").And.Contain("Unable to contact slurm controller"));
        Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));

        using var hung = new StandIns("scontrol").Hang("scontrol");
        cli.Environment["PATH"] = hung.SearchPath;
        cli.Environment["CALIBRATE_COMMAND_TIMEOUT"] = "1s";
        (exit, _, error) = cli.Run("jobfeatures", "--scheduler", "slurm", "--dir", "job");
        Assert.That(exit, Is.EqualTo(ExitCodes.ExternalCommandFailed), error);
        Assert.That(error, Does.StartWith("calibrate: `scontrol show job -o 42`"));
        Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "job")), Is.False);
    }

    /// <summary>A stand-in scontrol that describes job 42 with a one-hour limit and no memory request.</summary>
    private static StandIns Scontrol(CliRunner cli)
    {
        var tools = new StandIns("scontrol").Output("scontrol", "JobId=42 JobName=sh TimeLimit=01:00:00 MinMemoryNode=0 NumCPUs=2\n");
        cli.Environment["PATH"] = tools.SearchPath;
        return tools;
    }

    /// <summary>A node that published hs06 43.5 over 4 CPUs in mf/ ($MACHINEFEATURES).</summary>
    private static CliRunner Node()
    {
        var cli = new CliRunner();
        Directory.CreateDirectory(Path.Combine(cli.WorkingDirectory, "mf"));
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "mf", "hs06"), "43.5\n");
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "mf", "total_cpu"), "4\n");
        cli.Environment["MACHINEFEATURES"] = Path.Combine(cli.WorkingDirectory, "mf");
        return cli;
    }

    private static string Read(CliRunner cli, string key) => File.ReadAllText(Path.Combine(cli.WorkingDirectory, "job", key)).TrimEnd('\n');

    private static Dictionary<string, string> Snapshot(CliRunner cli) =>
        Directory.GetFiles(Path.Combine(cli.WorkingDirectory, "job")).ToDictionary(f => f, File.ReadAllText);
}

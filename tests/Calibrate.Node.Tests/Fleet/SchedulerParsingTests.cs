using Calibrate.Node.Fleet;
using Calibrate.Platform.Processes;


namespace Calibrate.Node.Tests.Fleet;

/// <summary>The schedulers' commands and the parsing of what they print (captured from slurm-wlm 22.05 and LSF 10.1 documentation).</summary>
public sealed class SchedulerParsingTests
{
    private static readonly CommandLine Job = CommandLine.Of("/usr/bin/dotnet", "/opt/calibrate/calibrate.dll", "run", "--label", "campaign-x");

    [Test]
    public void Slurm_submits_one_exclusive_job_to_the_node() =>
        Assert.That(new SlurmScheduler().Submit("wn042", "calibrate-x", Job, "/c/wn042.sh", "/c/wn042-%J.out", "/c", ["-p", "bench"]).Display,
            Is.EqualTo("sbatch --parsable --exclusive -w wn042 -N 1 -J calibrate-x -o /c/wn042-%j.out -D /c -p bench /c/wn042.sh"));

    [Test]
    public void Lsf_submits_the_command_itself_exclusively_on_the_host() =>
        Assert.That(new LsfScheduler().Submit("wn042", "calibrate-x", Job, "/c/wn042.sh", "/c/wn042-%J.out", "/c", []).Display,
            Is.EqualTo("bsub -x -m wn042 -J calibrate-x -o /c/wn042-%J.out -cwd /c /usr/bin/dotnet /opt/calibrate/calibrate.dll run --label campaign-x"));

    [TestCase("1234\n", "1234")]
    [TestCase("1234;cluster\n", "1234")]
    [TestCase("sbatch: error: Batch job submission failed\n", null)]
    public void Slurm_job_ids(string output, string? id) => Assert.That(new SlurmScheduler().ParseJobId(output), Is.EqualTo(id));

    [TestCase("Job <5678> is submitted to default queue <normal>.\n", "5678")]
    [TestCase("Job <5678> is submitted to queue <bench>.\n", "5678")]
    [TestCase("Request aborted by esub. Job not submitted.\n", null)]
    public void Lsf_job_ids(string output, string? id) => Assert.That(new LsfScheduler().ParseJobId(output), Is.EqualTo(id));

    [Test]
    public void Slurm_states_map_to_phases() =>
        Assert.That(new SlurmScheduler().ParseStates("12 PENDING\n13 RUNNING\n14 COMPLETED\n15 FAILED\n16 COMPLETING\n"), Is.EqualTo(new Dictionary<string, JobPhase>
        {
            ["12"] = JobPhase.Pending,
            ["13"] = JobPhase.Running,
            ["14"] = JobPhase.Ended,
            ["15"] = JobPhase.Ended,
            ["16"] = JobPhase.Running,
        }));

    [Test]
    public void Lsf_states_map_to_phases_and_the_header_is_skipped()
    {
        const string bjobs = """
            JOBID   USER    STAT  QUEUE      FROM_HOST   EXEC_HOST   JOB_NAME   SUBMIT_TIME
            101     root    PEND  normal     master                  calibrate-x Nov 21 10:00
            102     root    RUN   normal     master      wn002       calibrate-x Nov 21 10:00
            103     root    DONE  normal     master      wn003       calibrate-x Nov 21 10:00
            104     root    EXIT  normal     master      wn004       calibrate-x Nov 21 10:00
            """;
        Assert.That(new LsfScheduler().ParseStates(bjobs), Is.EqualTo(new Dictionary<string, JobPhase>
        {
            ["101"] = JobPhase.Pending,
            ["102"] = JobPhase.Running,
            ["103"] = JobPhase.Ended,
            ["104"] = JobPhase.Ended,
        }));
    }

    [Test]
    public void Node_lists() => Assert.Multiple(() =>
    {
        Assert.That(new SlurmScheduler().ParseNodes("wn001\nwn002\nwn001\n"), Is.EqualTo(new[] { "wn001", "wn002" }));
        Assert.That(new LsfScheduler().ParseNodes("HOST_NAME          STATUS       JL/U    MAX  NJOBS\nwn001 ok - 8 0\nwn002 closed - 8 8\n"), Is.EqualTo(new[] { "wn001", "wn002" }));
    });
}

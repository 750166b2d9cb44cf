using Calibrate.Node.Fleet;
using Calibrate.Platform.Processes;
using Calibrate.TestSupport.Files;

namespace Calibrate.Node.Tests.Fleet;

/// <summary>
/// The schedulers' commands and the parsing of what they print: Slurm and Grid Engine output captured on the CI
/// cluster and cell, LSF, HTCondor and PBS output in their documented formats (TestData/fleet/README.md).
/// </summary>
public sealed class SchedulerParsingTests
{
    private static readonly JobRequest Job = new()
    {
        Name = "calibrate-x",
        CampaignId = "x",
        Command = CommandLine.Of("/usr/bin/dotnet", "/opt/calibrate/calibrate.dll", "run", "--label", "campaign-x"),
        ScriptPath = "/c/wn042.sh",
        OutputPattern = "/c/wn042-%J.out",
        WorkingDirectory = "/c",
    };

    private static readonly Campaign Campaign = new()
    {
        Id = "c1",
        Scheduler = "pbs",
        Store = "/shared/calibrate.db",
        Profile = "quick",
        SubmittedUtc = DateTimeOffset.UnixEpoch,
        Jobs = [new("wn001", "101.pbs.example.org", DateTimeOffset.UnixEpoch), new("wn002", "102.pbs.example.org", DateTimeOffset.UnixEpoch), new("wn003", "103.pbs.example.org", DateTimeOffset.UnixEpoch)],
    };

    [Test]
    public void Slurm_submits_one_exclusive_job_to_the_node() =>
        Assert.That(new SlurmScheduler().Submit(new("wn042"), Job with { Extra = ["-p", "bench"] }).Display,
            Is.EqualTo("sbatch --parsable --exclusive -w wn042 -N 1 -J calibrate-x -o /c/wn042-%j.out -D /c -p bench /c/wn042.sh"));

    [Test]
    public void Lsf_submits_the_command_itself_exclusively_on_the_host() =>
        Assert.That(new LsfScheduler().Submit(new("wn042"), Job).Display,
            Is.EqualTo("bsub -x -m wn042 -J calibrate-x -o /c/wn042-%J.out -cwd /c /usr/bin/dotnet /opt/calibrate/calibrate.dll run --label campaign-x"));

    [Test]
    public void Grid_engine_holds_the_host_by_the_exclusive_complex() =>
        Assert.That(new GridEngineScheduler().Submit(new("wn042"), Job).Display,
            Is.EqualTo("qsub -terse -N calibrate-x -S /bin/sh -l exclusive=true -l h=wn042 -o '/c/wn042-$JOB_ID.out' -j y -wd /c /c/wn042.sh"));

    [Test]
    public void Pbs_holds_every_slot_of_the_node_and_cuts_the_name_to_15_characters() =>
        Assert.That(new PbsScheduler().Submit(new("wn042", 16), Job with { Name = "calibrate-20261121T100000Z" }).Display,
            Is.EqualTo("qsub -N calibrate-20261 -S /bin/sh -l nodes=wn042:ppn=16 -j oe -o /c/wn042.out -d /c /c/wn042.sh"));

    [Test]
    public void Htcondor_submits_a_description_asking_for_the_whole_partitionable_slot_of_the_machine()
    {
        var node = new BatchNode("wn042.example.org", 64, 257000);
        var scheduler = new HtCondorScheduler();
        Assert.That(scheduler.Submit(node, Job with { Extra = ["-name", "schedd1"] }).Display, Is.EqualTo("condor_submit -name schedd1 /c/wn042.sub"));
        var file = scheduler.SubmitFiles(node, Job).Single();
        Assert.That(file.Path, Is.EqualTo("/c/wn042.sub"));
        Assert.That(file.Text.Split('\n'), Does.Contain("requirements = (Machine == \"wn042.example.org\")")
            .And.Contain("request_cpus = 64").And.Contain("request_memory = 257000").And.Contain("executable = /c/wn042.sh")
            .And.Contain("output = /c/wn042-$(ClusterId).out").And.Contain("+CalibrateCampaign = \"x\"").And.Contain("queue"));
    }

    [TestCase("1234\n", "1234")]
    [TestCase("1234;cluster\n", "1234")]
    [TestCase("sbatch: error: Batch job submission failed\n", null)]
    public void Slurm_job_ids(string output, string? id) => Assert.That(new SlurmScheduler().ParseJobId(output), Is.EqualTo(id));

    [TestCase("Job <5678> is submitted to default queue <normal>.\n", "5678")]
    [TestCase("Job <5678> is submitted to queue <bench>.\n", "5678")]
    [TestCase("Request aborted by esub. Job not submitted.\n", null)]
    public void Lsf_job_ids(string output, string? id) => Assert.That(new LsfScheduler().ParseJobId(output), Is.EqualTo(id));

    [TestCase("3\n", "3")]
    [TestCase("Unable to run job: unknown resource \"exclusive\"\nExiting.\n", null)]
    public void Grid_engine_job_ids(string output, string? id) => Assert.That(new GridEngineScheduler().ParseJobId(output), Is.EqualTo(id));

    [Test]
    public void Htcondor_and_pbs_job_ids() => Assert.Multiple(() =>
    {
        Assert.That(new HtCondorScheduler().ParseJobId(Capture("htcondor", "condor_submit.txt")), Is.EqualTo("1234"));
        Assert.That(new HtCondorScheduler().ParseJobId("ERROR: on Line 3 of submit file:\n"), Is.Null);
        Assert.That(new PbsScheduler().ParseJobId(Capture("pbs", "qsub.txt")), Is.EqualTo("101.pbs.example.org"));
        Assert.That(new PbsScheduler().ParseJobId("qsub: Bad UID for job execution MSG=ruserok failed\n"), Is.Null);
    });

    [Test]
    public void Slurm_states_from_squeue_and_from_sacct() => Assert.Multiple(() =>
    {
        Assert.That(SlurmScheduler.ParseStates("12 PENDING\n13 RUNNING\n14 COMPLETED\n15 FAILED\n16 COMPLETING\n"), Is.EqualTo(new Dictionary<string, JobPhase>
        {
            ["12"] = JobPhase.Pending,
            ["13"] = JobPhase.Running,
            ["14"] = JobPhase.Ended,
            ["15"] = JobPhase.Ended,
            ["16"] = JobPhase.Running,
        }));
        Assert.That(SlurmScheduler.ParseAccounting(Capture("slurm", "sacct.txt")), Is.EqualTo(new Dictionary<string, JobPhase>
        {
            ["11"] = JobPhase.Ended,
            ["12"] = JobPhase.Running,
            ["13"] = JobPhase.Pending,
            ["14"] = JobPhase.Ended,
            ["15"] = JobPhase.Ended,
            ["16"] = JobPhase.Running,
        }));
    });

    [Test]
    public void Slurm_asks_sacct_first_and_squeue_when_accounting_is_off()
    {
        var queries = new SlurmScheduler().StateQueries(Campaign with { Jobs = [new("wn001", "11", DateTimeOffset.UnixEpoch), new("wn002", "12", DateTimeOffset.UnixEpoch)] });
        Assert.That(queries.Select(q => (q.Command.Display, q.OnFailure, q.Sufficient)), Is.EqualTo(new[]
        {
            ("sacct -n -P -X -o JobID,State -j 11,12", QueryFailure.Skip, true),
            ("squeue -h -a -t all -o '%i %T'", QueryFailure.Error, false),
        }));
    }

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
        Assert.That(LsfScheduler.ParseStates(bjobs), Is.EqualTo(new Dictionary<string, JobPhase>
        {
            ["101"] = JobPhase.Pending,
            ["102"] = JobPhase.Running,
            ["103"] = JobPhase.Ended,
            ["104"] = JobPhase.Ended,
        }));
    }

    [Test]
    public void Grid_engine_states_from_qstat_and_ended_jobs_from_qacct() => Assert.Multiple(() =>
    {
        Assert.That(GridEngineScheduler.ParseStates(Capture("gridengine", "qstat-u.txt")), Is.EqualTo(new Dictionary<string, JobPhase> { ["1"] = JobPhase.Running, ["2"] = JobPhase.Pending }));
        Assert.That(GridEngineScheduler.ParseStates("     7 0.5 calibrate- root Eqw 12/01/2026 18:29:10 1\n     8 0.5 calibrate- root dr 12/01/2026 18:29:10 all.q@vm 1\n"),
            Is.EqualTo(new Dictionary<string, JobPhase> { ["7"] = JobPhase.Pending, ["8"] = JobPhase.Ended }));
        Assert.That(GridEngineScheduler.ParseAccounting(Capture("gridengine", "qacct-j.txt")), Is.EqualTo(new Dictionary<string, JobPhase> { ["1"] = JobPhase.Ended, ["2"] = JobPhase.Ended }));
    });

    [Test]
    public void Htcondor_states_from_condor_q_and_condor_history() => Assert.Multiple(() =>
    {
        Assert.That(HtCondorScheduler.ParseStates(Capture("htcondor", "condor_q-af.txt")), Is.EqualTo(new Dictionary<string, JobPhase> { ["1234"] = JobPhase.Running, ["1235"] = JobPhase.Pending, ["1238"] = JobPhase.Pending }));
        Assert.That(HtCondorScheduler.ParseStates(Capture("htcondor", "condor_history-af.txt")), Is.EqualTo(new Dictionary<string, JobPhase> { ["1236"] = JobPhase.Ended, ["1237"] = JobPhase.Ended }));
        Assert.That(new HtCondorScheduler().StateQueries(Campaign).Select(q => q.Command.Display), Is.EqualTo(new[]
        {
            "condor_q -allusers -constraint 'CalibrateCampaign == \"c1\"' -af ClusterId JobStatus",
            "condor_history -constraint 'CalibrateCampaign == \"c1\"' -af ClusterId JobStatus",
        }));
    });

    [Test]
    public void Pbs_states_are_matched_by_sequence_number_and_other_jobs_are_left_out() =>
        Assert.That(PbsScheduler.ParseStates(Capture("pbs", "qstat.txt"), Campaign.Jobs.Select(j => j.JobId).ToArray()), Is.EqualTo(new Dictionary<string, JobPhase>
        {
            ["101.pbs.example.org"] = JobPhase.Running,
            ["102.pbs.example.org"] = JobPhase.Pending,
            ["103.pbs.example.org"] = JobPhase.Ended,
        }));

    [Test]
    public void Node_lists_with_the_cpus_a_whole_node_request_needs() => Assert.Multiple(() =>
    {
        Assert.That(new SlurmScheduler().ParseNodes(Capture("slurm", "sinfo-N.txt") + "vm 2\nwn002 8\n"), Is.EqualTo(new BatchNode[] { new("vm", 2), new("wn002", 8) }));
        Assert.That(new LsfScheduler().ParseNodes("HOST_NAME          STATUS       JL/U    MAX  NJOBS\nwn001 ok - 8 0\nwn002 closed - 8 8\n"), Is.EqualTo(new BatchNode[] { new("wn001"), new("wn002") }));
        Assert.That(new GridEngineScheduler().ParseNodes("vm\nwn002.example.org\n"), Is.EqualTo(new BatchNode[] { new("vm"), new("wn002.example.org") }));
        Assert.That(new HtCondorScheduler().ParseNodes(Capture("htcondor", "condor_status-af.txt")), Is.EqualTo(new BatchNode[] { new("wn001.example.org", 32, 128000), new("wn002.example.org", 64, 257000) }));
        Assert.That(new PbsScheduler().ParseNodes(Capture("pbs", "pbsnodes-a.txt")), Is.EqualTo(new BatchNode[] { new("wn001.example.org", 16), new("wn002.example.org", 32) }));
    });

    private static string Capture(string scheduler, string file) => File.ReadAllText(Repository.Path("tests", "Calibrate.Node.Tests", "TestData", "fleet", scheduler, file));
}

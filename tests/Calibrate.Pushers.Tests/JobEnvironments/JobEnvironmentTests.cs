using Calibrate.Pushers.Common;
using Calibrate.Pushers.JobEnvironments;
using Calibrate.TestSupport.Files;

namespace Calibrate.Pushers.Tests.JobEnvironments;

/// <summary>
/// Each scheduler's job environment read into HSF-TN-2016-02 facts: Slurm from a TaskProlog's environment captured on
/// the CI cluster; PBS, LSF, HTCondor and Grid Engine from the variables and files their documentation names. A fact
/// the environment does not hold stays null; a malformed one is an error naming the variable.
/// </summary>
public sealed class JobEnvironmentTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_764_615_600);

    [Test]
    public void Slurm_22_05_gives_the_id_and_cpus_and_the_start_is_the_prolog_clock()
    {
        var captured = File.ReadAllLines(Data("slurm-22.05-task-prolog.env")).Where(l => !l.StartsWith('#')).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var facts = SlurmJobEnvironment.Read(Job(captured));
        Assert.That(facts, Is.EqualTo(new JobFacts { JobId = "21", AllocatedCpu = 1, Start = Now }));
    }

    [Test]
    public void Slurm_limits_come_from_scontrol_where_the_environment_has_none()
    {
        var record = File.ReadAllText(Data("slurm-22.05-scontrol-show-job.txt"));
        var facts = SlurmJobEnvironment.Read(Job(new() { ["SLURM_JOB_ID"] = "26", ["SLURM_CPUS_ON_NODE"] = "1" }) with { SchedulerRecord = record });
        Assert.That(facts, Is.EqualTo(new JobFacts { JobId = "26", AllocatedCpu = 1, Start = Now, WallLimit = TimeSpan.FromMinutes(3), MaxRssBytes = 100L << 20 }));
    }

    [TestCase("TimeLimit=1-12:00:00 MinMemoryCPU=2G", 129600L, 2L << 31)]
    [TestCase("TimeLimit=UNLIMITED MinMemoryNode=0", null, null)]
    [TestCase("TimeLimit=45:00 MinMemoryNode=512", 2700L, 512L << 20)]
    public void Slurm_record_forms(string fields, long? wallSeconds, long? rss)
    {
        var facts = SlurmJobEnvironment.Read(Job(new() { ["SLURM_JOB_ID"] = "5", ["SLURM_CPUS_ON_NODE"] = "2" }) with { SchedulerRecord = "JobId=5 " + fields });
        Assert.That((facts.WallLimit?.TotalSeconds, facts.MaxRssBytes), Is.EqualTo(((double?)wallSeconds, rss)));
    }

    [Test]
    public void A_record_of_another_job_is_refused() =>
        Assert.That(() => SlurmJobEnvironment.Read(Job(new() { ["SLURM_JOB_ID"] = "5" }) with { SchedulerRecord = "JobId=6 TimeLimit=01:00:00" }), Throws.TypeOf<PushConfigException>().With.Message.EqualTo("`scontrol show job -o 5` did not describe job 5"));

    [Test]
    public void Slurm_start_end_and_memory_when_set()
    {
        var facts = SlurmJobEnvironment.Read(Job(new()
        {
            ["SLURM_JOB_ID"] = "77",
            ["SLURM_CPUS_ON_NODE"] = "4",
            ["SLURM_MEM_PER_CPU"] = "2000",
            ["SLURM_JOB_START_TIME"] = "1764615000",
            ["SLURM_JOB_END_TIME"] = "1764651000",
        }));
        Assert.That(facts, Is.EqualTo(new JobFacts
        {
            JobId = "77",
            AllocatedCpu = 4,
            Start = DateTimeOffset.FromUnixTimeSeconds(1_764_615_000),
            WallLimit = TimeSpan.FromHours(10),
            MaxRssBytes = 4L * 2000 * 1024 * 1024,
        }));
    }

    [Test]
    public void Pbs_reads_the_prologue_resource_list()
    {
        var job = Job(new() { ["PBS_JOBID"] = "1234.pbs.example.org" }) with { ResourceList = "neednodes=1:ppn=8,nodes=1:ppn=8,walltime=48:00:00,cput=384:00:00,mem=16gb" };
        Assert.That(PbsJobEnvironment.Read(job), Is.EqualTo(new JobFacts
        {
            JobId = "1234.pbs.example.org",
            AllocatedCpu = 8,
            Start = Now,
            WallLimit = TimeSpan.FromHours(48),
            CpuLimit = TimeSpan.FromHours(384),
            MaxRssBytes = 16L << 30,
        }));
    }

    [TestCase("walltime=4h", "walltime=4h is not a time such as 04:00:00 or 14400")]
    [TestCase("mem=16w", "mem=16w is not a size such as 16gb or 512mb")]
    [TestCase("nodes", "the resource list item 'nodes' is not name=value")]
    public void Pbs_odd_resources_are_named(string list, string message) =>
        Assert.That(() => PbsJobEnvironment.Read(Job(new() { ["PBS_JOBID"] = "1" }) with { ResourceList = list }), Throws.TypeOf<PushConfigException>().With.Message.EqualTo(message));

    [Test]
    public void Lsf_takes_this_hosts_slots_and_the_array_index()
    {
        var facts = LsfJobEnvironment.Read(Job(new() { ["LSB_JOBID"] = "5678", ["LSB_JOBINDEX"] = "3", ["LSB_MCPU_HOSTS"] = "wn001 4 wn042 2", ["LSB_DJOB_NUMPROC"] = "6" }));
        Assert.That(facts, Is.EqualTo(new JobFacts { JobId = "5678[3]", AllocatedCpu = 2, Start = Now }));
    }

    [Test]
    public void HtCondor_reads_the_job_and_slot_ads()
    {
        var facts = HtCondorJobEnvironment.Read(Job(new() { ["_CONDOR_JOB_AD"] = Data("htcondor.job.ad"), ["_CONDOR_MACHINE_AD"] = Data("htcondor.machine.ad") }));
        Assert.That(facts, Is.EqualTo(new JobFacts { JobId = "4711.3", AllocatedCpu = 8, Start = Now, MaxRssBytes = 16000L << 20, ScratchLimitBytes = 20971520L * 1024 }));
    }

    [Test]
    public void GridEngine_takes_this_hosts_line_of_the_pe_hostfile()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("pe_hostfile"), "wn001.example.org 4 all.q@wn001.example.org UNDEFINED\nwn042.example.org 2 all.q@wn042.example.org UNDEFINED\n");
        var facts = GridEngineJobEnvironment.Read(Job(new() { ["JOB_ID"] = "99", ["SGE_TASK_ID"] = "undefined", ["NSLOTS"] = "6", ["PE_HOSTFILE"] = dir.Combine("pe_hostfile") }));
        Assert.That(facts, Is.EqualTo(new JobFacts { JobId = "99", AllocatedCpu = 2, Start = Now }));
    }

    [TestCase("slurm", "$SLURM_JOB_ID is not set: not inside a Slurm job")]
    [TestCase("pbs", "$PBS_JOBID is not set: not inside a PBS job")]
    [TestCase("lsf", "$LSB_JOBID is not set: not inside a LSF job")]
    [TestCase("htcondor", "$_CONDOR_JOB_AD is not set: not inside a HTCondor job")]
    [TestCase("gridengine", "$JOB_ID is not set: not inside a Grid Engine job")]
    public void Outside_a_job_the_missing_variable_is_named(string scheduler, string message) =>
        Assert.That(() => JobEnvironment.Read(scheduler, Job([])), Throws.TypeOf<PushConfigException>().With.Message.StartWith(message));

    [Test]
    public void A_malformed_count_names_its_variable() =>
        Assert.That(() => SlurmJobEnvironment.Read(Job(new() { ["SLURM_JOB_ID"] = "1", ["SLURM_CPUS_ON_NODE"] = "eight" })), Throws.TypeOf<PushConfigException>().With.Message.EqualTo("$SLURM_CPUS_ON_NODE is 'eight', not a whole number of at least 1"));

    private static JobInputs Job(Dictionary<string, string> environment) => new()
    {
        Environment = name => environment.GetValueOrDefault(name),
        ReadFile = path => File.Exists(path) ? File.ReadAllText(path) : null,
        HostName = "wn042.example.org",
        Now = Now,
    };

    private static string Data(string name) => Repository.Path("tests", "Calibrate.Pushers.Tests", "TestData", "jobenv", name);
}

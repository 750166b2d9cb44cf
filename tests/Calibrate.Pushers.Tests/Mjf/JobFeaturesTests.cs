using Calibrate.Pushers.Common;
using Calibrate.Pushers.Mjf;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;

namespace Calibrate.Pushers.Tests.Mjf;

public class JobFeaturesTests
{
    [Test]
    public void Hs06_job_is_the_allocated_share_of_the_machine()
    {
        using var dir = new TempDirectory();
        Apply.Files(JobFeaturesPlanner.Plan(Nodes.Worker.Build(), dir.Path, allocatedCpu: 8));
        Assert.That(File.ReadAllText(dir.Combine("allocated_cpu")), Is.EqualTo("8\n"));
        Assert.That(File.ReadAllText(dir.Combine("hs06_job")), Is.EqualTo("101.54\n"));
    }

    [TestCase(0)]
    [TestCase(65)]
    public void An_allocation_outside_the_machine_is_refused(int allocated) =>
        Assert.Throws<PushConfigException>(() => JobFeaturesPlanner.Plan(Nodes.Worker.Build(), "/tmp/x", allocated));

    [Test]
    public void Without_dir_or_JOBFEATURES_there_is_no_directory() =>
        Assert.Throws<PushConfigException>(() => MjfDirectory.JobFeatures(null, _ => null));
}

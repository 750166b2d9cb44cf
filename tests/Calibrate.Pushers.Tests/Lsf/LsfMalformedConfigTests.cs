using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Tests.Support;

namespace Calibrate.Pushers.Tests.Lsf;

public class LsfMalformedConfigTests
{
    [TestCase("End HostModel\n", "", "has no `End HostModel`")]
    [TestCase("MODELNAME  CPUFACTOR   ARCHITECTURE", "MODELNAME  FACTOR   ARCHITECTURE", "must name MODELNAME, CPUFACTOR and ARCHITECTURE")]
    [TestCase("PC450      13.2 ", "PC450      fast ", "lsf.shared:22: CPU factor `fast`")]
    [TestCase("Opteron8   60.0\t      (x15_4604_OpterontmProcessor142)", "Opteron8", "lsf.shared:23: a HostModel line needs")]
    [TestCase("(i86pc_400 i686_400)", "(i86pc_400 i686_400", "`(` is not closed")]
    public void A_malformed_HostModel_section_is_a_clear_error_and_no_file_changes(string find, string replace, string message)
    {
        using var lsf = new LsfFixture();
        File.WriteAllText(lsf.Shared, File.ReadAllText(lsf.Shared).Replace(find, replace, StringComparison.Ordinal));
        var shared = LsfFixture.Bytes(lsf.Shared);
        var cluster = LsfFixture.Bytes(lsf.Cluster);

        var error = Assert.Throws<PushConfigException>(() => LsfMasterPlanner.Plan(lsf.Files, [new NodeFactor("wn001", 12.5)]));

        Assert.That(error!.Message, Does.Contain(message));
        Assert.That(LsfFixture.Bytes(lsf.Shared), Is.EqualTo(shared));
        Assert.That(LsfFixture.Bytes(lsf.Cluster), Is.EqualTo(cluster));
    }

    [Test]
    public void Missing_files_are_clear_errors()
    {
        using var lsf = new LsfFixture();
        Assert.That(Assert.Throws<PushConfigException>(() => LsfConfigFiles.Locate(Path.Combine(lsf.Root, "nope"), null))!.Message, Does.Contain("does not exist"));
        File.Delete(lsf.Cluster);
        Assert.That(Assert.Throws<PushConfigException>(() => LsfConfigFiles.Locate(lsf.ConfDir, null))!.Message, Does.Contain("no lsf.cluster"));
        File.Delete(lsf.Shared);
        Assert.That(Assert.Throws<PushConfigException>(() => LsfConfigFiles.Locate(lsf.ConfDir, "demo"))!.Message, Does.Contain("lsf.shared does not exist"));
    }

    [Test]
    public void An_unreadable_file_is_a_clear_error()
    {
        using var lsf = new LsfFixture();
        File.Delete(lsf.Cluster);
        Directory.CreateDirectory(lsf.Cluster);
        Assert.Throws<PushConfigException>(() => LsfMasterPlanner.Plan(new LsfConfigFiles(lsf.Shared, lsf.Cluster), [new NodeFactor("wn001", 12.5)]));
    }
}

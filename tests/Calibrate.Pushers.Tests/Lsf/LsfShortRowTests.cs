using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Tests.Support;

namespace Calibrate.Pushers.Tests.Lsf;

/// <summary>
/// Found by bench/fuzz.sh lsf (issue 15): a row shorter than a keyword line whose columns come in another order
/// (lsf.shared.5 and lsf.cluster.5 allow any order) was indexed past its end, and `push lsf` ended in an internal error.
/// </summary>
public sealed class LsfShortRowTests
{
    [Test]
    public void A_HostModel_line_without_its_model_name_column_is_a_clear_error_when_the_name_comes_after_the_factor()
    {
        using var lsf = new LsfFixture();
        var text = File.ReadAllText(lsf.Shared);
        var section = text[text.IndexOf("MODELNAME  CPUFACTOR", StringComparison.Ordinal)..text.IndexOf("End HostModel", StringComparison.Ordinal)];
        File.WriteAllText(lsf.Shared, text.Replace(section, "CPUFACTOR  MODELNAME   ARCHITECTURE\n13.0       PC400       (i86pc_400 i686_400)\n13.5\n", StringComparison.Ordinal));
        var shared = LsfFixture.Bytes(lsf.Shared);

        var error = Assert.Throws<PushConfigException>(() => LsfMasterPlanner.Plan(lsf.Files, [new NodeFactor("wn001", 12.5)]));

        Assert.That(error!.Message, Does.Contain("a HostModel line needs a model name and a CPU factor"));
        Assert.That(LsfFixture.Bytes(lsf.Shared), Is.EqualTo(shared));
    }

    [Test]
    public void A_Host_line_without_its_host_name_column_is_no_static_host_when_the_name_comes_after_the_model()
    {
        using var lsf = new LsfFixture();
        File.WriteAllText(lsf.Cluster, File.ReadAllText(lsf.Cluster)
            .Replace("HOSTNAME  model     type", "model  HOSTNAME     type", StringComparison.Ordinal)
            .Replace("End     Host", "HS06_12_5\nEnd     Host", StringComparison.Ordinal));
        var editor = new ClusterHostEditor(new LsfText(File.ReadAllText(lsf.Cluster)), "lsf.cluster.demo");

        Assert.Multiple(() =>
        {
            Assert.That(editor.IsStatic("HS06_12_5"), Is.False, "the one-field row names no host");
            Assert.That(editor.ModelOf("wn001"), Is.Null);
            Assert.That(editor.IsStatic("lsfmaster"), Is.False, "lsfmaster is the model column now");
            Assert.That(editor.ModelOf("IntelI5"), Is.EqualTo("lsfmaster"));
        });
    }
}

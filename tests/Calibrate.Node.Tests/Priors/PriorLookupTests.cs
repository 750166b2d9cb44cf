using Calibrate.Node.Hosting;
using Calibrate.Node.Priors;
using Calibrate.Statistics.Priors;
using Calibrate.TestSupport.Files;

namespace Calibrate.Node.Tests.Priors;

/// <summary>The lookup behind `calibrate prior`: a captured tree probed, a newer table read relative to the working directory.</summary>
public sealed class PriorLookupTests
{
    [Test]
    public void Probes_a_captured_tree_and_looks_its_model_up_in_the_shipped_table()
    {
        using var directory = new TempDirectory();
        TarGzExtractor.Extract(Repository.Path("tests", "Calibrate.Agent.Tests", "TestData", "sysroots", "kvm_epyc_2vcpu.tar.gz"), directory.Path);
        var report = PriorLookup.Run(Environment(directory), "kvm_epyc_2vcpu", null);
        Assert.Multiple(() =>
        {
            Assert.That(report.Hostname, Is.EqualTo("vm"));
            Assert.That(report.Outcome.Node, Is.EqualTo(new NodeLayout("AMD EPYC", false, 2, "unknown")));
            Assert.That(report.Outcome.Prior, Is.Null);
            Assert.That(report.Outcome.Source, Is.EqualTo(ShippedHs23Table.Table.Source));
        });
    }

    [Test]
    public void A_newer_table_is_read_from_the_working_directory_and_named_as_given()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.Combine("newer.csv"), "CPU,# Sockets,Cores/Socket,Threads/core,Ncores,# Meas,Score,Site\nX 1,1,8,1,8,1,100,A\n");
        var table = PriorLookup.ReadTable(Environment(directory), "newer.csv");
        Assert.That(table.Source, Is.EqualTo("newer.csv (--prior-table), 1 configuration"));
    }

    [Test]
    public void A_missing_table_is_an_input_error()
    {
        using var directory = new TempDirectory();
        Assert.That(() => PriorLookup.ReadTable(Environment(directory), "nope.csv"), Throws.TypeOf<InputException>().With.Message.EqualTo("--prior-table nope.csv: no such file"));
    }

    private static NodeEnvironment Environment(TempDirectory directory) => new() { WorkingDirectory = directory.Path, GetEnvironment = _ => null };
}

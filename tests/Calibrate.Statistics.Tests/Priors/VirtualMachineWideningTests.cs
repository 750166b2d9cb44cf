using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Priors;

namespace Calibrate.Statistics.Tests.Priors;

/// <summary>A virtual machine's prior is the table's widened by the VM term: never narrower, whatever the table's df.</summary>
public sealed class VirtualMachineWideningTests
{
    /// <summary>
    /// With few df the table's own 95% interval is wide for its SD; plain Welch–Satterthwaite hands the sum the VM term's
    /// infinite df and, at 12% with 3 df, a half-width of 35.7% under the table's own 38.2%.
    /// </summary>
    [TestCase(0.12, 3)]
    [TestCase(0.20, 2)]
    [TestCase(0.05, 4)]
    [TestCase(0.119, 596)]
    public void The_widened_interval_holds_the_tables_own_and_the_vm_terms(double tableSd, double tableDf)
    {
        var (sd, df) = VirtualMachineWidening.Widen(tableSd, tableDf);
        var half = StudentTQuantile.TwoSided(Confidence.Level, df) * sd;
        Assert.Multiple(() =>
        {
            Assert.That(sd, Is.EqualTo(Math.Sqrt((tableSd * tableSd) + (VirtualMachineWidening.RelativeSd * VirtualMachineWidening.RelativeSd))).Within(1e-15));
            Assert.That(half, Is.GreaterThanOrEqualTo(StudentTQuantile.TwoSided(Confidence.Level, tableDf) * tableSd * (1 - 1e-9)), "the table's own interval");
            Assert.That(half, Is.GreaterThanOrEqualTo(StudentTQuantile.TwoSided(Confidence.Level, double.PositiveInfinity) * VirtualMachineWidening.RelativeSd * (1 - 1e-9)), "the VM term's own");
        });
    }
}

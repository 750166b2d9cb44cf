using Calibrate.Reports.Exports.HepSuite;

namespace Calibrate.Reports.Tests.Exports.HepSuite;

/// <summary>The kernel release split as the suite splits it, checked on the sample report's own host.</summary>
public sealed class KernelReleaseTests
{
    [Test]
    public void The_sample_reports_release_splits_into_its_kernel_fields()
    {
        using var sample = SuiteJson.Sample();
        var software = sample.RootElement.GetProperty("host").GetProperty("SW");
        // platform.platform(): "Linux-<release>-<machine>-with-<libc>".
        var release = software.GetProperty("platform").GetString()!.Split('-', 2)[1].Split("-x86_64", 2)[0];
        var kernel = software.GetProperty("kernel");

        var parsed = KernelRelease.Parse(release)!;

        Assert.That(
            (parsed.Version, parsed.Major, parsed.Minor, parsed.Abi),
            Is.EqualTo((kernel.GetProperty("version").GetString(), kernel.GetProperty("major").GetString(), kernel.GetProperty("minor").GetString(), kernel.GetProperty("ABI").GetString())));
    }

    [TestCase("6.1.0-18-amd64", "6", "1", "0", "18")]
    [TestCase("5.14.0-362.8.1.el9_3.x86_64", "5", "14", "0", "362")]
    [TestCase("6.8.12", "6", "8", "12", "")]
    [TestCase("4.18", "4", "18", "0", "")]
    public void Releases_of_other_distributions_split_the_same_way(string release, string version, string major, string minor, string abi)
    {
        var parsed = KernelRelease.Parse(release)!;
        Assert.That((parsed.Version, parsed.Major, parsed.Minor, parsed.Abi), Is.EqualTo((version, major, minor, abi)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("generic")]
    [TestCase("6")]
    [TestCase("6.x.1-2")]
    public void What_is_not_a_release_gives_no_kernel_fields(string? release) =>
        Assert.That(KernelRelease.Parse(release), Is.Null);
}

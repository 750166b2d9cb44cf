namespace Calibrate.Workloads.Tests;

/// <summary>
/// The normalisation contract of every kernel: fixed input, a fixed unit of work, and an output that every unit
/// and every node reproduces bit for bit.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.None)]
public sealed class KernelChecksumTests
{
    // A runner times several units back to back as one sample, so a unit must not depend on what the one before left.
    private const int RepeatedUnits = 5;

    private static IEnumerable<string> Names => KernelCatalog.Names;

    [TestCaseSource(nameof(Names))]
    public void The_first_unit_reproduces_the_expected_checksum(string name)
    {
        var kernel = KernelCatalog.Create(name);
        kernel.Setup();

        var checksum = kernel.RunUnit();

        Assert.That(checksum, Is.EqualTo(kernel.ExpectedChecksum), $"0x{checksum:X16}");
    }

    [TestCaseSource(nameof(Names))]
    public void Repeated_units_are_identical(string name)
    {
        var kernel = KernelCatalog.Create(name);
        kernel.Setup();

        var checksums = Enumerable.Range(0, RepeatedUnits).Select(_ => kernel.RunUnit()).ToArray();

        Assert.That(checksums, Is.All.EqualTo(kernel.ExpectedChecksum), string.Join(", ", checksums.Select(c => $"0x{c:X16}")));
    }

    [TestCaseSource(nameof(Names))]
    public void Setup_again_after_units_gives_the_same_unit(string name)
    {
        var kernel = KernelCatalog.Create(name);
        kernel.Setup();
        kernel.RunUnit();

        kernel.Setup();

        Assert.That(kernel.RunUnit(), Is.EqualTo(kernel.ExpectedChecksum));
    }

    [TestCaseSource(nameof(Names))]
    public void Another_seed_gives_another_checksum(string name)
    {
        var kernel = KernelCatalog.Create(name, seed: 12345);
        kernel.Setup();

        Assert.That(kernel.RunUnit(), Is.Not.EqualTo(kernel.ExpectedChecksum));
    }

    [TestCaseSource(nameof(Names))]
    public void Running_before_setup_is_refused(string name)
    {
        var kernel = KernelCatalog.Create(name);

        Assert.That(() => kernel.RunUnit(), Throws.InvalidOperationException);
    }
}

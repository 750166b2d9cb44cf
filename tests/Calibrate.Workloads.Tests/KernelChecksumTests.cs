namespace Calibrate.Workloads.Tests;

/// <summary>
/// The normalisation contract of every kernel: fixed input, fixed work, and an output that every iteration and
/// every node reproduces bit for bit.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.None)]
public sealed class KernelChecksumTests
{
    private static IEnumerable<string> Names => KernelCatalog.Names;

    [TestCaseSource(nameof(Names))]
    public void Two_iterations_both_reproduce_the_expected_checksum(string name)
    {
        var kernel = KernelCatalog.Create(name);
        kernel.Setup();

        var first = kernel.RunUnit();
        var second = kernel.RunUnit();

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(kernel.ExpectedChecksum), $"first iteration, 0x{first:X16}");
            Assert.That(second, Is.EqualTo(kernel.ExpectedChecksum), $"second iteration, 0x{second:X16}");
        });
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

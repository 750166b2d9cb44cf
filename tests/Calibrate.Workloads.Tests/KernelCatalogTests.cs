namespace Calibrate.Workloads.Tests;

[TestFixture]
public sealed class KernelCatalogTests
{
    [Test]
    public void Names_are_the_all_cpp_set_in_spec_order_then_the_hep_additions()
    {
        Assert.That(KernelCatalog.Names, Is.EqualTo(new[]
        {
            "namd", "dealII", "soplex", "povray", "omnetpp", "astar", "xalancbmk", "mctransport", "kalman",
        }));
    }

    [Test]
    public void Names_are_unique()
    {
        Assert.That(KernelCatalog.Names, Is.Unique);
    }

    [Test]
    public void Create_all_returns_one_kernel_per_name_in_order()
    {
        var kernels = KernelCatalog.CreateAll();

        Assert.That(kernels.Select(kernel => kernel.Name), Is.EqualTo(KernelCatalog.Names));
    }

    [TestCaseSource(typeof(KernelCatalog), nameof(KernelCatalog.Names))]
    public void Each_kernel_describes_itself_and_has_a_reference_time(string name)
    {
        var kernel = KernelCatalog.Create(name);

        Assert.Multiple(() =>
        {
            Assert.That(kernel.Name, Is.EqualTo(name));
            Assert.That(kernel.Description, Is.Not.Empty);
            // Per unit: the former iterations' references of about 1 s times shares of 0.1 to 0.16 (see KernelCatalog).
            Assert.That(kernel.ReferenceSeconds, Is.InRange(0.05, 0.3));
            Assert.That(kernel.ExpectedChecksum, Is.Not.Zero);
        });
    }

    [Test]
    public void Reference_seconds_differ_between_kernels_because_each_was_measured()
    {
        var seconds = KernelCatalog.CreateAll().Select(kernel => kernel.ReferenceSeconds);

        Assert.That(seconds, Is.Unique);
    }

    [Test]
    public void Create_rejects_an_unknown_name_and_lists_the_valid_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => KernelCatalog.Create("gcc"));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo("name"));
            Assert.That(error.Message, Does.Contain("'gcc'"));
            foreach (var name in KernelCatalog.Names)
            {
                Assert.That(error.Message, Does.Contain(name));
            }
        });
    }

    [Test]
    public void Names_are_case_sensitive_like_spec_benchmark_names()
    {
        Assert.That(() => KernelCatalog.Create("DEALII"), Throws.ArgumentException);
    }
}

namespace Calibrate.Workloads.Tests;

[TestFixture]
public sealed class ReferenceEnvironmentTests
{
    [Test]
    public void Pins_tiering_pgo_precompiled_code_intrinsics_and_gc_mode()
    {
        Assert.That(ReferenceEnvironment.Variables, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["DOTNET_TieredCompilation"] = "0",
            ["DOTNET_TieredPGO"] = "0",
            ["DOTNET_ReadyToRun"] = "0",
            ["DOTNET_EnableHWIntrinsic"] = "0",
            ["DOTNET_gcServer"] = "0",
            ["DOTNET_gcConcurrent"] = "0",
            ["DOTNET_GCgen0size"] = "0x4000000",
        }));
    }
}

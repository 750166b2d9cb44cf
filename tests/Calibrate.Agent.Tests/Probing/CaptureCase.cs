namespace Calibrate.Agent.Tests.Probing;

/// <summary>
/// A captured sysroot with lscpu's output for it. <paramref name="HypervisorFromFiles"/> overrides lscpu's
/// "Hypervisor vendor" where lscpu read it from something a capture cannot hold (the live CPUID leaf).
/// </summary>
public sealed record CaptureCase(string Name, string? HypervisorFromFiles = null)
{
    public override string ToString() => Name;
}

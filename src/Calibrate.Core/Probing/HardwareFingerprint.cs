
namespace Calibrate.Core.Probing;

/// <summary>
/// What must not have changed for an old result to stand for this node: the CPU model, the logical CPUs and their
/// sockets x cores x threads, and the memory. A dynamic node that comes back on other hardware (a resized VM, a
/// replaced board) under the same name must measure again: its last value would be another machine's. Memory is
/// compared in whole GiB, as MemTotal moves by a few MiB between kernels.
/// </summary>
public sealed record HardwareFingerprint(string CpuModel, int LogicalCpus, int Sockets, int CoresPerSocket, int ThreadsPerCore, long? MemoryGiB)
{
    private const long KiBPerGiB = 1024 * 1024;

    public static HardwareFingerprint Of(NodeProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var cpu = probe.Cpu;
        return new HardwareFingerprint(
            cpu.ModelName.Trim(), cpu.LogicalCpus, cpu.Sockets, cpu.CoresPerSocket, cpu.ThreadsPerCore,
            probe.MemoryKiB is { } kib ? (kib + (KiBPerGiB / 2)) / KiBPerGiB : null);
    }
}

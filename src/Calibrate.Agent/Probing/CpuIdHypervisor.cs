using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Calibrate.Agent.Probing;

/// <summary>
/// The live-only hypervisor evidence: CPUID leaf 0x40000000, whose EBX, ECX, EDX spell the hypervisor's vendor
/// signature ("KVMKVMKVM\0\0\0"), as lscpu reads it (util-linux sys-utils/lscpu-virt.c, read_hypervisor_cpuid).
/// A captured tree cannot carry it, which is why a sysroot probe may name fewer hypervisors than lscpu live.
/// </summary>
public static class CpuIdHypervisor
{
    private const int HypervisorInfoLeaf = 0x40000000;

    /// <summary>The signature, or null off x86 or where the leaf returns nothing.</summary>
    public static string? ReadSignature()
    {
        if (!X86Base.IsSupported)
        {
            return null;
        }

        var (_, ebx, ecx, edx) = X86Base.CpuId(HypervisorInfoLeaf, 0);
        var bytes = new byte[12];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 4), ebx);
        BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), ecx);
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 4), edx);
        var signature = Encoding.ASCII.GetString(bytes).TrimEnd('\0');
        return signature.Length > 0 && signature.All(c => c >= ' ' && c <= '~') ? signature : null;
    }
}

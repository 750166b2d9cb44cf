using System.Runtime.InteropServices;
using Calibrate.Agent.Affinity;
using Calibrate.Core.Topology;
using OsArchitecture = System.Runtime.InteropServices.Architecture;

namespace Calibrate.Agent.Probing;

/// <summary>
/// What only a live node can tell, beyond its files: the CPUID hypervisor signature, the scheduler affinity of the
/// calling thread (sched_getaffinity, no 64-CPU limit), the machine name and the running architecture.
/// </summary>
public sealed record LiveFacts(string? CpuIdSignature, CpuSet? Affinity, string MachineName, string? Architecture)
{
    public static LiveFacts Capture() =>
        new(CpuIdHypervisor.ReadSignature(), ReadAffinity(), Environment.MachineName, ArchitectureName(RuntimeInformation.OSArchitecture));

    /// <summary>uname -m's names, which lscpu prints as "Architecture".</summary>
    public static string? ArchitectureName(OsArchitecture architecture) => architecture switch
    {
        OsArchitecture.X64 => "x86_64",
        OsArchitecture.X86 => "i686",
        OsArchitecture.Arm64 => "aarch64",
        OsArchitecture.Arm => "armv7l",
        OsArchitecture.Ppc64le => "ppc64le",
        OsArchitecture.S390x => "s390x",
        OsArchitecture.RiscV64 => "riscv64",
        _ => null,
    };

    private static CpuSet? ReadAffinity()
    {
        try
        {
            return LinuxAffinity.Get();
        }
        catch (Exception e) when (e is InvalidOperationException or DllNotFoundException or EntryPointNotFoundException)
        {
            // Not Linux, or a libc without sched_getaffinity: the cgroup cpuset and the online list still bound the CPUs.
            return null;
        }
    }
}

using Calibrate.Workloads.Kernels;

namespace Calibrate.Workloads;

/// <summary>
/// The normalised workload suite: the seven kernels with the character of HEP-SPEC06's all_cpp set, in SPEC's
/// order, followed by two HEP-specific additions (Monte-Carlo transport and a Kalman track fit).
/// </summary>
/// <remarks>
/// <para>
/// Reference machine. As SPEC fixes reference times on a named machine (a Sun Ultra Enterprise 2 for CPU2006),
/// each kernel's <see cref="IKernel.ReferenceSeconds"/> is 10 times the median iteration time measured on the
/// Calibrate development machine, so that one copy there scores about 10 per kernel: an AMD EPYC Zen 5 (family 26)
/// 2-vCPU KVM guest, .NET 10, Release build, measured 2026-11-21. Each constant sits in its kernel's file, next
/// to the expected checksum.
/// </para>
/// <para>
/// How measured: one process per kernel with <see cref="ReferenceEnvironment.Variables"/> set
/// (DOTNET_TieredCompilation=0, DOTNET_TieredPGO=0, DOTNET_ReadyToRun=0, DOTNET_EnableHWIntrinsic=0,
/// DOTNET_gcServer=0, DOTNET_gcConcurrent=0); Setup, two warm-up iterations, then 21 iterations, each preceded
/// by a forced full GC (as BenchmarkDotNet's engine does) and timed with the thread's CPU clock
/// (CLOCK_THREAD_CPUTIME_ID). Three such runs; the median of their medians, rounded to 3 significant digits.
/// Thread CPU time rather than wall time because other builds shared the two vCPUs throughout (load average
/// above 10). Scaled from wall times taken earlier at lower load, the compute-bound kernels agree within a few per
/// cent; the memory-bound ones (omnetpp, xalancbmk, soplex, dealII) may carry a few per cent of cache contention.
/// </para>
/// <para>
/// The constants are fixed by definition: re-measuring them would make scores from before and after
/// incomparable, as changing SPEC's reference machine would.
/// </para>
/// </remarks>
public static class KernelCatalog
{
    private static readonly (string Name, Func<IKernel> Create, Func<ulong, IKernel> CreateSeeded)[] Entries =
    [
        ("namd", static () => new NamdKernel(), static seed => new NamdKernel(seed)),
        ("dealII", static () => new DealIIKernel(), static seed => new DealIIKernel(seed)),
        ("soplex", static () => new SoplexKernel(), static seed => new SoplexKernel(seed)),
        ("povray", static () => new PovrayKernel(), static seed => new PovrayKernel(seed)),
        ("omnetpp", static () => new OmnetppKernel(), static seed => new OmnetppKernel(seed)),
        ("astar", static () => new AstarKernel(), static seed => new AstarKernel(seed)),
        ("xalancbmk", static () => new XalancbmkKernel(), static seed => new XalancbmkKernel(seed)),
        ("mctransport", static () => new MctransportKernel(), static seed => new MctransportKernel(seed)),
        ("kalman", static () => new KalmanKernel(), static seed => new KalmanKernel(seed)),
    ];

    /// <summary>The kernel names, in suite order.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.ConvertAll(Entries, entry => entry.Name);

    /// <summary>Creates the named kernel with its fixed reference input.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static IKernel Create(string name) => Find(name).Create();

    /// <summary>
    /// Creates the named kernel with another input seed. Its checksum then differs from ExpectedChecksum: for
    /// verifying that checksums depend on the input, never for scoring.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static IKernel Create(string name, ulong seed) => Find(name).CreateSeeded(seed);

    /// <summary>Creates every kernel, in suite order.</summary>
    public static IReadOnlyList<IKernel> CreateAll() => Array.ConvertAll(Entries, entry => entry.Create());

    private static (string Name, Func<IKernel> Create, Func<ulong, IKernel> CreateSeeded) Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        throw new ArgumentException(
            $"Unknown kernel '{name}'. Valid names: {string.Join(", ", Names)}.", nameof(name));
    }
}

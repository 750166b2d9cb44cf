using System.Globalization;
using Calibrate.Workloads;

namespace Calibrate.UnitShares;

/// <summary>
/// For each kernel, the share of its former unit (an earlier build's Calibrate.Workloads.dll) that today's unit
/// takes, and the reference seconds that share gives: old and new kernels set up in one process, then rounds of a
/// full GC and one old unit, a full GC and <c>per</c> new units back to back, each timed with the thread's CPU clock.
/// A round's share is the new units' mean over the old unit's time; the kernel's share is the median over rounds.
/// </summary>
/// <remarks>
/// Usage: calibrate-unit-shares OLD_WORKLOADS_DLL ROUNDS NEW_UNITS_PER_OLD [KERNEL...]. Run it with
/// ReferenceEnvironment's variables set (bench/unit-shares.sh does). A ratio of times taken in one process, interleaved,
/// carries over between CPUs and loads far better than absolute times (KernelCatalog's remarks).
/// </remarks>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: calibrate-unit-shares OLD_WORKLOADS_DLL ROUNDS NEW_UNITS_PER_OLD [KERNEL...]");
            return 2;
        }

        var rounds = int.Parse(args[1], CultureInfo.InvariantCulture);
        var per = int.Parse(args[2], CultureInfo.InvariantCulture);
        var names = args.Length > 3 ? args[3..] : KernelCatalog.Names.ToArray();
        Console.WriteLine("kernel rounds share p25 p75 old_reference new_reference");
        foreach (var name in names)
        {
            var old = OldKernel.Create(args[0], name);
            var kernel = KernelCatalog.Create(name);
            kernel.Setup();
            var shares = new double[rounds];
            for (var r = -3; r < rounds; r++)
            {
                var oldSeconds = Time(() => Check(old.RunUnit(), old.ExpectedChecksum, name + " (old)"), 1);
                var newSeconds = Time(() => Check(kernel.RunUnit(), kernel.ExpectedChecksum, name), per);
                if (r >= 0)
                {
                    shares[r] = newSeconds / oldSeconds;
                }
            }

            Array.Sort(shares);
            var share = shares[rounds / 2];
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name} {rounds} {share:F4} {shares[rounds / 4]:F4} {shares[3 * rounds / 4]:F4} {old.ReferenceSeconds} {old.ReferenceSeconds * share:G3}"));
        }

        return 0;
    }

    /// <summary>Mean thread CPU seconds of <paramref name="units"/> calls back to back, after a full GC.</summary>
    private static double Time(Action unit, int units)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        var start = ThreadCpuClock.Seconds();
        for (var u = 0; u < units; u++)
        {
            unit();
        }

        return (ThreadCpuClock.Seconds() - start) / units;
    }

    private static void Check(ulong checksum, ulong expected, string name)
    {
        if (checksum != expected)
        {
            throw new InvalidOperationException($"{name}: checksum {checksum:x16}, expected {expected:x16}");
        }
    }
}

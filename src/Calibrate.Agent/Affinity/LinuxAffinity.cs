using System.Globalization;
using System.Runtime.InteropServices;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Affinity;

/// <summary>
/// sched_setaffinity/sched_getaffinity with a mask sized to the CPU ids in use, so there is no 64-CPU limit
/// (man 2 sched_setaffinity: the mask is a byte array of any multiple of sizeof(long)).
/// </summary>
public static partial class LinuxAffinity
{
    private const int MinimumMaskBytes = 128; // glibc's cpu_set_t: 1024 CPUs
    private const int Einval = 22;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sched_setaffinity(int pid, nuint cpusetsize, byte[] mask);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sched_getaffinity(int pid, nuint cpusetsize, byte[] mask);

    /// <summary>The affinity of a thread (tid) or, with 0, of the calling thread.</summary>
    public static CpuSet Get(int tid = 0)
    {
        for (var bytes = MinimumMaskBytes; bytes <= 1 << 20; bytes *= 2)
        {
            var mask = new byte[bytes];
            if (sched_getaffinity(tid, (nuint)bytes, mask) >= 0)
            {
                return FromMask(mask);
            }

            if (Marshal.GetLastPInvokeError() != Einval)
            {
                break;
            }
        }

        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"sched_getaffinity failed (errno {Marshal.GetLastPInvokeError()})"));
    }

    /// <summary>Pins one thread (tid, or 0 for the calling thread).</summary>
    public static void Set(CpuSet cpus, int tid = 0)
    {
        ArgumentNullException.ThrowIfNull(cpus);
        var mask = ToMask(cpus);
        if (sched_setaffinity(tid, (nuint)mask.Length, mask) != 0)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"sched_setaffinity({tid}, {cpus}) failed (errno {Marshal.GetLastPInvokeError()})"));
        }
    }

    /// <summary>
    /// Pins every thread of this process. The runtime starts threads before Main (finalizer, signal handling), and
    /// sched_setaffinity acts on one thread only, so each task in /proc/self/task is pinned; threads created later
    /// inherit the mask of the thread that creates them.
    /// </summary>
    public static void SetForWholeProcess(CpuSet cpus)
    {
        Set(cpus);
        foreach (var taskDir in Directory.EnumerateDirectories("/proc/self/task"))
        {
            if (int.TryParse(Path.GetFileName(taskDir), NumberStyles.None, CultureInfo.InvariantCulture, out var tid))
            {
                try
                {
                    Set(cpus, tid);
                }
                catch (InvalidOperationException) when (!Directory.Exists(taskDir))
                {
                    // The thread ended between listing and pinning: nothing left to pin.
                }
            }
        }
    }

    public static byte[] ToMask(CpuSet cpus)
    {
        ArgumentNullException.ThrowIfNull(cpus);
        var highest = cpus.Count == 0 ? 0 : cpus[^1];
        var bytes = Math.Max(MinimumMaskBytes, ((highest / 64) + 1) * 8);
        var mask = new byte[bytes];
        foreach (var cpu in cpus)
        {
            mask[cpu / 8] |= (byte)(1 << (cpu % 8));
        }

        return mask;
    }

    public static CpuSet FromMask(ReadOnlySpan<byte> mask)
    {
        var cpus = new List<int>();
        for (var i = 0; i < mask.Length; i++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                if ((mask[i] & (1 << bit)) != 0)
                {
                    cpus.Add((i * 8) + bit);
                }
            }
        }

        return CpuSet.Of(cpus);
    }
}

using Calibrate.Workloads.Determinism;

namespace Calibrate.Workloads.Probes;

/// <summary>
/// The memory-latency probe: a pointer chase through one random cycle over 64 MiB, every load depending on the one
/// before and missing the caches: about 5 ms per run (about 240 ns a step on the development machine). The same walk as bench/floors/memlat.c, the harness's memory
/// floor; each run continues the cycle where the last one stopped, so it keeps missing.
/// </summary>
public sealed class MemoryLatencyProbe : INoiseProbe
{
    public const int MiB = 64;
    public const int Steps = 20_000;
    private const ulong Seed = 20261201;
    private int[] _next = [];
    private int _position;

    public string Name => "memory";

    /// <summary>The probe verifies that the walk stays on its one cycle: after any run the position is a valid index.</summary>
    public ulong ExpectedChecksum => 0;

    public void Setup()
    {
        var n = MiB * 1024 * 1024 / sizeof(int);
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var random = new SplitMix64(Seed);
        for (var i = n - 1; i > 0; i--)
        {
            var j = (int)(random.Next() % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        _next = new int[n];
        for (var i = 0; i < n; i++)
        {
            _next[order[i]] = order[(i + 1) % n];
        }
    }

    public ulong Run()
    {
        var next = _next;
        var p = _position;
        for (var i = 0; i < Steps; i++)
        {
            p = next[p];
        }

        _position = p;
        return (uint)p < (uint)next.Length ? 0UL : 1UL;
    }
}

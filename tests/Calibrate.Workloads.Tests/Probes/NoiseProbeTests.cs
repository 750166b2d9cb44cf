using Calibrate.Workloads.Probes;

namespace Calibrate.Workloads.Tests.Probes;

/// <summary>The noise probes run between the kernels: each verifies itself, and the memory walk misses on every step.</summary>
[TestFixture]
public sealed class NoiseProbeTests
{
    [TestCase(2, 1UL)]
    [TestCase(7, 2UL)]
    [TestCase(1000, 20261201UL)]
    public void The_memory_walk_is_one_cycle_through_every_line(int length, ulong seed)
    {
        var successor = MemoryLatencyProbe.SingleCycle(length, seed);

        var seen = new bool[length];
        var position = 0;
        for (var step = 0; step < length; step++)
        {
            Assert.That(seen[position], Is.False, $"index {position} came round again after {step} steps of {length}");
            seen[position] = true;
            position = successor[position];
        }

        Assert.That(position, Is.Zero, "the walk returns to its start after visiting every index once");
    }

    [Test]
    public void The_memory_walk_of_the_probe_is_one_cycle_over_64_MiB()
    {
        var successor = MemoryLatencyProbe.SingleCycle(MemoryLatencyProbe.MiB * 1024 * 1024 / 64, 20261201);

        var steps = 0;
        var position = 0;
        do
        {
            position = successor[position];
            steps++;
        }
        while (position != 0 && steps <= successor.Length);

        Assert.That(steps, Is.EqualTo(1024 * 1024), "one cycle through all 1 Mi lines");
    }

    [Test]
    public void Both_probes_verify_run_after_run()
    {
        foreach (var probe in NoiseProbes.CreateAll())
        {
            probe.Setup();
            var checksums = Enumerable.Range(0, 50).Select(_ => probe.Run()).ToArray();
            Assert.That(checksums, Is.All.EqualTo(probe.ExpectedChecksum), probe.Name);
        }
    }
}

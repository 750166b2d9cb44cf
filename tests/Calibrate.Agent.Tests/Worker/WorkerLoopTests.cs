using Calibrate.Agent.Worker;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Worker;

public sealed class WorkerLoopTests
{
    private static (int Exit, List<WorkerMessage> Messages) Run(IReadOnlyList<CountingKernel> kernels, string input, int copy = 0)
    {
        var output = new StringWriter();
        var loop = new WorkerLoop(kernels, [], copy, new StringReader(input), output, TimeSpan.FromSeconds(30));
        var exit = loop.Run(CpuSet.Parse("0"));
        var messages = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => WorkerMessage.Parse(l)!).ToList();
        return (exit, messages);
    }

    [Test]
    public void Sets_up_and_warms_up_every_kernel_before_reporting_ready()
    {
        var kernels = new[] { new CountingKernel("a"), new CountingKernel("b") };
        var (exit, messages) = Run(kernels, "GO 1,1 rotate\nSTOP\n");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(kernels.All(k => k.SetUp), Is.True);
        var ready = (WorkerMessage.Ready)messages[0];
        Assert.That(ready.Cpus, Is.EqualTo(CpuSet.Parse("0")));
        Assert.That(ready.UnitSeconds, Has.Count.EqualTo(2).And.All.GreaterThan(0), "each kernel's unit time from warm-up");
        Assert.That(kernels.All(k => k.Iterations >= 1 + WorkerLoop.CalibrationUnits), Is.True, "one verified warm-up unit and the timed ones before READY");
        Assert.That(messages[^1], Is.InstanceOf<WorkerMessage.Done>());
    }

    [Test]
    public void Does_not_measure_when_the_parent_gives_up_before_go()
    {
        var (exit, messages) = Run([new CountingKernel("a")], "");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(messages.OfType<WorkerMessage.Sample>(), Is.Empty);
    }

    [Test]
    public void A_wrong_checksum_in_warm_up_invalidates_the_copy()
    {
        var (exit, messages) = Run([new CountingKernel("a", wrongFromIteration: 1)], "GO 1 rotate\n");
        Assert.That(exit, Is.EqualTo(3));
        Assert.That(messages.Single(), Is.InstanceOf<WorkerMessage.ChecksumMismatch>());
        Assert.That(((WorkerMessage.ChecksumMismatch)messages.Single()).Detail, Does.Contain("a produced checksum 0000000000000029, expected 000000000000002a"));
    }

    [Test]
    public void A_wrong_checksum_while_measuring_invalidates_the_copy()
    {
        var output = new StringWriter();
        using var input = new BlockingInput("GO 1 rotate");
        var loop = new WorkerLoop([new CountingKernel("a", wrongFromIteration: 5)], [], 0, input, output, TimeSpan.FromSeconds(30));
        Assert.That(loop.Run(CpuSet.Parse("0")), Is.EqualTo(3));
        Assert.That(output.ToString(), Does.Contain("BAD a produced"));
    }

    [Test]
    public void Rounds_rotate_the_kernel_order_per_copy()
    {
        var output = new StringWriter();
        using var input = new BlockingInput("GO 1,1,1 rotate");
        var kernels = new[] { new CountingKernel("a"), new CountingKernel("b"), new CountingKernel("c") };
        var loop = new WorkerLoop(kernels, [], 1, input, output, TimeSpan.FromMilliseconds(300));
        Assert.That(loop.Run(CpuSet.Parse("0")), Is.EqualTo(0));
        var order = output.ToString().Split('\n').Select(l => WorkerMessage.Parse(l)).OfType<WorkerMessage.Sample>().Select(s => s.Kernel).Take(6);
        Assert.That(order, Is.EqualTo(new[] { 1, 2, 0, 2, 0, 1 }));
    }

    [Test]
    public void In_lockstep_every_copy_runs_the_same_order_and_waits_for_next_after_each_round()
    {
        var output = new StringWriter();
        using var input = new BlockingInput("GO 1,1,1 lockstep", "NEXT") { Block = TimeSpan.FromSeconds(1) };
        var kernels = new[] { new CountingKernel("a"), new CountingKernel("b"), new CountingKernel("c") };
        var loop = new WorkerLoop(kernels, [], 1, input, output, TimeSpan.FromSeconds(30));
        Assert.That(loop.Run(CpuSet.Parse("0")), Is.EqualTo(0), "ends when the parent goes away");
        var messages = output.ToString().Split('\n').Select(l => WorkerMessage.Parse(l)).OfType<WorkerMessage>().ToList();
        var order = messages.OfType<WorkerMessage.Sample>().Select(s => s.Kernel).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(order, Is.EqualTo(new[] { 0, 1, 2, 1, 2, 0 }), "copy 1 starts where copy 0 does; two rounds, one NEXT");
            Assert.That(messages.OfType<WorkerMessage.RoundDone>().Select(r => r.Round), Is.EqualTo(new[] { 0, 1 }));
        });
    }

    [Test]
    public void A_sample_times_the_units_the_parent_asked_for_and_reports_seconds_per_unit()
    {
        var output = new StringWriter();
        using var input = new BlockingInput("GO 4 rotate");
        var kernel = new CountingKernel("a");
        var loop = new WorkerLoop([kernel], [], 0, input, output, TimeSpan.FromMilliseconds(200));
        Assert.That(loop.Run(CpuSet.Parse("0")), Is.EqualTo(0));
        var samples = output.ToString().Split('\n').Select(l => WorkerMessage.Parse(l)).OfType<WorkerMessage.Sample>().Count();
        Assert.That(kernel.Iterations, Is.EqualTo(1 + WorkerLoop.CalibrationUnits + (4 * samples)));
    }

    [Test]
    public void A_unit_longer_than_the_warm_up_time_is_timed_once()
    {
        var slow = new CountingKernel("slow") { UnitTime = WorkerLoop.CalibrationTime };
        var fast = new CountingKernel("fast");
        var (exit, _) = Run([slow, fast], "");
        Assert.That(exit, Is.EqualTo(0));
        Assert.Multiple(() =>
        {
            Assert.That(slow.Iterations, Is.EqualTo(2), "the verified warm-up unit and one timed unit: it alone passes the warm-up time");
            Assert.That(fast.Iterations, Is.EqualTo(1 + WorkerLoop.CalibrationUnits), "a short unit is timed the full number of times");
        });
    }

    [Test]
    [NonParallelizable]
    public void Only_a_kernel_that_allocates_gets_a_full_collection_before_its_samples()
    {
        var quiet = new CountingKernel("quiet");
        var (quietSamples, quietCollections) = SamplesAndFullCollections(quiet);
        var allocating = new CountingKernel("allocating") { AllocatedBytesPerUnit = (int)WorkerLoop.AllocatingBytesPerUnit * 2 };
        var (allocatingSamples, allocatingCollections) = SamplesAndFullCollections(allocating);
        Assert.Multiple(() =>
        {
            Assert.That(quietSamples, Is.GreaterThan(20));
            Assert.That(quietCollections, Is.LessThan(quietSamples / 10), "a kernel that allocates nothing has nothing to collect");
            Assert.That(allocatingCollections, Is.GreaterThanOrEqualTo(allocatingSamples), "one before each sample, outside its timing");
        });
    }

    private static (int Samples, int Collections) SamplesAndFullCollections(CountingKernel kernel)
    {
        var output = new StringWriter();
        using var input = new BlockingInput("GO 1 rotate");
        var loop = new WorkerLoop([kernel], [], 0, input, output, TimeSpan.FromMilliseconds(300));
        var before = GC.CollectionCount(GC.MaxGeneration);
        Assert.That(loop.Run(CpuSet.Parse("0")), Is.EqualTo(0));
        var collections = GC.CollectionCount(GC.MaxGeneration) - before;
        return (output.ToString().Split('\n').Select(l => WorkerMessage.Parse(l)).OfType<WorkerMessage.Sample>().Count(), collections);
    }

    /// <summary>Stdin that delivers its lines and then blocks, as a parent that has not yet sent STOP.</summary>
    private sealed class BlockingInput(params string[] lines) : TextReader
    {
        private readonly Queue<string> _lines = new(lines);
        private readonly ManualResetEventSlim _never = new();

        /// <summary>How long the parent stays silent after its lines before it goes away (end of input).</summary>
        public TimeSpan Block { get; init; } = TimeSpan.FromSeconds(60);

        public override string? ReadLine()
        {
            if (_lines.Count > 0)
            {
                return _lines.Dequeue();
            }

            _never.Wait(Block);
            return null;
        }

        protected override void Dispose(bool disposing)
        {
            _never.Dispose();
            base.Dispose(disposing);
        }
    }
}

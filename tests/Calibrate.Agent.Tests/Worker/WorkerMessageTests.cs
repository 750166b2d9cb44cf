using Calibrate.Agent.Worker;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Worker;

public sealed class WorkerMessageTests
{
    [Test]
    public void Every_message_parses_back_from_its_format()
    {
        WorkerMessage[] messages =
        [
            new WorkerMessage.Ready(CpuSet.Parse("0-3,9"), [0.0123, 0.5]),
            new WorkerMessage.Sample(4, 0.123456789012345),
            new WorkerMessage.ProbeSample(1, 0.0051),
            new WorkerMessage.RoundDone(17),
            new WorkerMessage.ChecksumMismatch("namd produced 1, expected 2"),
            new WorkerMessage.Failure("boom"),
            new WorkerMessage.Done(),
        ];
        foreach (var message in messages)
        {
            Assert.That(WorkerMessage.Parse(message.Format()), Is.EqualTo(message));
        }
    }

    [Test]
    public void Go_carries_the_units_per_sample_and_the_schedule()
    {
        Assert.Multiple(() =>
        {
            Assert.That(WorkerMessage.ParseGo(WorkerMessage.FormatGo([3, 1, 7], lockstep: true)), Is.EqualTo(((IReadOnlyList<int>)[3, 1, 7], true)).Using<(IReadOnlyList<int>, bool)>((a, b) => a.Item1.SequenceEqual(b.Item1) && a.Item2 == b.Item2));
            Assert.That(WorkerMessage.ParseGo("GO 0,1 rotate"), Is.Null, "no sample of zero units");
            Assert.That(WorkerMessage.ParseGo("GO"), Is.Null);
            Assert.That(WorkerMessage.ParseGo(null), Is.Null);
        });
    }

    [TestCase("S 1")]
    [TestCase("S x 0.1")]
    [TestCase("hello")]
    [TestCase("")]
    public void Garbage_lines_are_ignored(string line) => Assert.That(WorkerMessage.Parse(line), Is.Null);

    [Test]
    public void Sample_times_are_written_in_the_invariant_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.That(new WorkerMessage.Sample(0, 0.5).Format(), Is.EqualTo("S 0 0.5"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}

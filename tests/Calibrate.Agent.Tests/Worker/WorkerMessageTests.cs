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
            new WorkerMessage.Ready(CpuSet.Parse("0-3,9")),
            new WorkerMessage.Sample(4, 0.123456789012345),
            new WorkerMessage.ChecksumMismatch("namd produced 1, expected 2"),
            new WorkerMessage.Failure("boom"),
            new WorkerMessage.Done(),
        ];
        foreach (var message in messages)
        {
            Assert.That(WorkerMessage.Parse(message.Format()), Is.EqualTo(message));
        }
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

using System.Diagnostics;
using Calibrate.Node.Boot;
using Calibrate.Store.Files;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Results;

namespace Calibrate.Node.Tests.Boot;

/// <summary>
/// results/pending/ is drained by the next boot, which never writes a file of the same name as one whose writer was
/// killed while queueing it: reading the queue removes that writer's temporary and keeps the queued results.
/// </summary>
public sealed class PendingResultsTests
{
    [Test]
    public void Reading_the_queue_removes_a_killed_writers_temporary_and_keeps_the_queued_results()
    {
        using var node = new TempDirectory();
        var queue = new PendingResults(node.Combine("pending"));
        var queued = new TestResult().Build();
        var kept = Path.GetFileName(queue.Add(queued));
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        ended.WaitForExit();
        var killed = new TestResult { Id = Guid.NewGuid() }.Build();
        File.WriteAllText(node.Combine("pending", $".{ResultFiles.FileName(killed)}.{ended.Id}.{Guid.NewGuid():N}.tmp"), "{\"schemaVersion\": 1, \"id\"");

        var read = queue.ReadAll();

        Assert.Multiple(() =>
        {
            Assert.That(read.Select(q => q.Result.Id), Is.EqualTo(new[] { queued.Id }));
            Assert.That(Directory.GetFiles(node.Combine("pending")).Select(Path.GetFileName), Is.EqualTo(new[] { kept }), "the killed writer's temporary is gone");
        });
    }
}

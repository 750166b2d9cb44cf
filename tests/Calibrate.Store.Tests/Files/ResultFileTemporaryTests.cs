using System.Diagnostics;
using Calibrate.Store.Files;
using Calibrate.Store.Tests.Support;

namespace Calibrate.Store.Tests.Files;

/// <summary>
/// results/ and results/pending/ get a file of a new name per result, so a temporary left by a writer killed between
/// creating and renaming one (`.NAME.PID.ID.tmp`) would never meet a later write of its name: the next result written
/// into the directory removes it, while a live writer's temporary and other files stay.
/// </summary>
public sealed class ResultFileTemporaryTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "calibrate-result-temporaries", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Writing_a_result_removes_the_temporaries_of_other_result_files_whose_writer_is_gone()
    {
        using var exited = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        exited.WaitForExit();
        var earlier = ResultFiles.FileName(StoredResults.Varied(1).Build());
        var killed = $".{earlier}.{exited.Id}.{Guid.NewGuid():N}.tmp";
        var live = $".{earlier}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var notAResult = $".hs06.{exited.Id}.{Guid.NewGuid():N}.tmp";
        var notes = "notes.txt";
        foreach (var name in new[] { killed, live, notAResult, notes })
        {
            File.WriteAllText(Path.Combine(_directory, name), "{\"schemaVersion\": 1, \"id\"");
        }

        var written = Path.GetFileName(ResultFiles.WriteToDirectory(_directory, StoredResults.Varied(2).Build()));

        Assert.That(
            Directory.GetFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { notAResult, live, written, notes }.Order(StringComparer.Ordinal)),
            "the killed writer's temporary of another result file is gone; this process's, and one of a file that is not a result, stay");
    }
}

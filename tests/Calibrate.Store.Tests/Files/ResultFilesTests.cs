using System.Text.Json;
using Calibrate.Core.Json;
using Calibrate.Store.Files;
using Calibrate.Store.Tests.Support;

namespace Calibrate.Store.Tests.Files;

public sealed class ResultFilesTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "calibrate-result-files", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Many_files_come_back_in_order_with_the_ones_that_are_not_results_named_in_order()
    {
        var paths = new List<string>();
        var expected = new List<string>();
        var expectedFailures = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            if (i % 7 == 3)
            {
                var bad = Path.Combine(_directory, $"{i:D2}-notes.json");
                File.WriteAllText(bad, i % 2 == 0 ? "these are notes" : "{\"schemaVersion\": 99}");
                paths.Add(bad);
                expectedFailures.Add(bad);
                continue;
            }

            var result = StoredResults.Varied(i).Build();
            paths.Add(ResultFiles.WriteToDirectory(_directory, result));
            expected.Add(CalibrateJson.Serialize(result));
        }

        var failures = new List<(string Path, Exception Error)>();
        var read = ResultFiles.ReadMany(paths, (path, e) => failures.Add((path, e)), chunk: 4).Select(CalibrateJson.Serialize).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(expected));
            Assert.That(failures.Select(f => f.Path), Is.EqualTo(expectedFailures));
            Assert.That(failures.Select(f => f.Error), Has.All.InstanceOf<JsonException>());
        });
    }

    [Test]
    public void A_file_with_a_byte_order_mark_is_read()
    {
        var result = StoredResults.Varied(1).Build();
        var path = Path.Combine(_directory, "bom.json");
        File.WriteAllText(path, CalibrateJson.Serialize(result), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.That(File.ReadAllBytes(path)[0], Is.EqualTo(0xEF));
        Assert.That(CalibrateJson.Serialize(ResultFiles.Read(path)), Is.EqualTo(CalibrateJson.Serialize(result)));
    }

    [Test]
    public void A_missing_file_is_reported_not_thrown()
    {
        var missing = Path.Combine(_directory, "gone.json");
        var failures = new List<string>();
        Assert.That(ResultFiles.ReadMany([missing], (path, _) => failures.Add(path)).ToList(), Is.Empty);
        Assert.That(failures, Is.EqualTo(new[] { missing }));
    }
}

using System.Globalization;
using Calibrate.Cli.Tests.Results;
using Calibrate.Core.Json;
using Calibrate.Store;

namespace Calibrate.Cli.Tests.Kill;

/// <summary>
/// `calibrate results import` killed with SIGKILL at seeded random moments of its measured duration, one import after
/// another into the same store, as an admin would rerun it: after each kill the store opens whole and holds whole
/// batches only, the files imported are untouched and nothing else is left beside the store; the next import then
/// stores exactly what the killed ones had not. (ImportKillTests kills at chosen batches; this one at random moments,
/// start-up and store creation included.)
/// </summary>
[NonParallelizable]
public sealed class ImportRandomKillTests
{
    private const int Files = 2000;
    private const int Kills = 3;

    private static readonly int Batch = StoreOpenOptions.Default.BatchSize;

    [Test]
    public void Imports_killed_at_seeded_moments_leave_whole_batches_and_the_next_import_stores_the_rest()
    {
        using var cli = new CliRunner();
        var source = Path.Combine(cli.WorkingDirectory, "pending");
        Directory.CreateDirectory(source);
        foreach (var result in Enumerable.Range(1, Files).Select(Result))
        {
            File.WriteAllText(Path.Combine(source, $"{result.Id:N}.json"), CalibrateJson.Serialize(result));
        }

        var sourceFiles = Directory.GetFiles(source).Order(StringComparer.Ordinal).ToList();
        var timed = Path.Combine(cli.WorkingDirectory, "timed", "calibrate.db");
        var duration = ImportToEnd(cli, source, timed).Duration;
        Assert.That(WholeStore.AssertWhole(timed), Has.Count.EqualTo(Files));

        var store = Path.Combine(cli.WorkingDirectory, "killed", "calibrate.db");
        var rows = 0;
        foreach (var moment in KillMoments.Draw("results import", duration, Kills))
        {
            using (var process = CalibrateProcess.Start(cli.WorkingDirectory, new Dictionary<string, string>(), "results", "import", source, "--store", store))
            {
                var killed = process.KillAt(moment);
                Assert.That(killed || process.ExitCode == 0, Is.True, process.Error);
                TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  at {moment.TotalSeconds:F2} s: {(killed ? "killed" : "had ended")}"));
            }

            var now = WholeStore.AssertWhole(store).Count;
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {now} rows stored"));
            Assert.Multiple(() =>
            {
                Assert.That(now, Is.GreaterThanOrEqualTo(rows), "a kill lost stored rows");
                Assert.That(now % Batch, Is.Zero, $"{now} rows: a batch was stored in part");
                Assert.That(Directory.GetFiles(source).Order(StringComparer.Ordinal), Is.EqualTo(sourceFiles), "the import changed the files it read");
                Assert.That(Leftovers.Temporaries(Path.GetDirectoryName(store)!), Is.Empty, "a temporary file beside the store");
                Assert.That(Directory.Exists(Path.GetDirectoryName(store)) ? Directory.GetFiles(Path.GetDirectoryName(store)!).Select(Path.GetFileName) : [], Has.All.StartsWith("calibrate.db"), "only the store and SQLite's own files");
            });
            rows = now;
        }

        var (_, output) = ImportToEnd(cli, source, store);
        Assert.Multiple(() =>
        {
            Assert.That(WholeStore.AssertWhole(store), Has.Count.EqualTo(Files));
            Assert.That(output, Does.StartWith($"imported {Files - rows}, already stored {rows}, not results 0 (of {Files} files)"), "the next import stores exactly what the killed ones had not");
        });
    }

    private static Core.Results.RunResult Result(int number) =>
        (ResultsData.Gold40(number) with { Hostname = $"wn{number % 500:D3}", Label = "bare", Copies = 16, NodeScore = 80 + (number % 7) }).Build();

    private static (TimeSpan Duration, string Output) ImportToEnd(CliRunner cli, string source, string store)
    {
        using var process = CalibrateProcess.Start(cli.WorkingDirectory, new Dictionary<string, string>(), "results", "import", source, "--store", store);
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "the import did not end");
        Assert.That(process.ExitCode, Is.Zero, process.Error);
        return (process.Clock.Elapsed, process.Output);
    }
}

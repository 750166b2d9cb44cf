using System.Diagnostics;
using Calibrate.Cli.Commands.Run;
using Calibrate.Core.Json;
using Calibrate.Store;
using Calibrate.TestSupport.Results;
using Microsoft.Data.Sqlite;

namespace Calibrate.Cli.Tests.Results;

/// <summary>
/// A real `calibrate results import` process killed with SIGKILL at several moments: SQLite gets no chance to clean up,
/// yet every time the store opens, passes integrity_check, and holds whole results only (each summary row with its
/// document, each document a result), because each batch is one transaction. The moments are shares of how long a
/// whole import takes on this machine, measured first, so they fall into start-up, file reading and batch writing
/// however fast the machine is.
/// </summary>
[NonParallelizable]
public sealed class ImportKillTests
{
    private const int Files = 6000;

    /// <summary>Results per transaction of the import.</summary>
    private static readonly int Batch = StoreOpenOptions.Default.BatchSize;

    /// <summary>Shares of a whole import's duration at which the import is killed.</summary>
    private static readonly double[] KillAtShare = [0.2, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95];

    [Test]
    public void A_killed_import_leaves_only_whole_results()
    {
        using var cli = new CliRunner();
        var source = Path.Combine(cli.WorkingDirectory, "pending");
        Directory.CreateDirectory(source);
        foreach (var result in Enumerable.Range(1, Files).Select(Result))
        {
            File.WriteAllText(Path.Combine(source, $"{result.Id:N}.json"), CalibrateJson.Serialize(result));
        }

        var whole = Path.Combine(cli.WorkingDirectory, "whole.db");
        var duration = RunToEnd(source, whole);
        Assert.That(AssertWhole(whole), Is.EqualTo(Files));

        var counts = new List<int>();
        var store = "";
        foreach (var share in KillAtShare)
        {
            store = Path.Combine(cli.WorkingDirectory, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"killed-{share:F2}.db"));

            // A later import may run faster than the measured one and end before a late moment: that one is not counted.
            if (ImportAndKill(source, store, duration * share))
            {
                counts.Add(AssertWhole(store));
            }
        }

        TestContext.Out.WriteLine($"whole import: {duration.TotalSeconds:F2} s; rows left by each kill: {string.Join(", ", counts)}");
        Assert.That(counts, Has.Count.GreaterThanOrEqualTo(KillAtShare.Length - 2), "most imports ended before they were killed");
        Assert.That(counts, Has.Some.InRange(1, Files - 1), "no kill landed between two committed batches");

        // The last killed store takes the rest of the import.
        RunToEnd(source, store);
        Assert.That(AssertWhole(store), Is.EqualTo(Files));
    }

    private static Calibrate.Core.Results.RunResult Result(int number) =>
        (ResultsData.Gold40(number) with { Hostname = $"wn{number % 500:D3}", Label = "bare", Copies = 16, NodeScore = 80 + (number % 7) }).Build();

    /// <summary>Imports to the end and returns how long it took.</summary>
    private static TimeSpan RunToEnd(string source, string store)
    {
        var watch = Stopwatch.StartNew();
        using var process = Import(source, store);
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(3)), Is.True, "the import did not finish");
        Assert.That(process.ExitCode, Is.Zero);
        return watch.Elapsed;
    }

    /// <summary>Kills the import after <paramref name="after"/>; false when it ended by itself first.</summary>
    private static bool ImportAndKill(string source, string store, TimeSpan after)
    {
        using var process = Import(source, store);
        if (process.WaitForExit(after))
        {
            return false;
        }

        // SIGKILL on Linux: no finally blocks, no disposal, no SQLite rollback.
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return true;
    }

    private static Process Import(string source, string store)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { typeof(Calibrate.Cli.Program).Assembly.Location, "results", "import", source, "--store", store })
        {
            psi.ArgumentList.Add(arg);
        }

        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Checks the store as a recovering reader would find it, and returns its row count.</summary>
    private static int AssertWhole(string store)
    {
        if (!File.Exists(store))
        {
            return 0;
        }

        using (var opened = StoreFactory.Open(store, "unused"))
        {
            var summaries = opened.Query(ResultFilter.All);
            Assert.That(summaries.Select(s => opened.Get(s.Id)?.Id), Is.EqualTo(summaries.Select(s => (Guid?)s.Id)), "a summary without its whole document");
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        Assert.That(Scalar(connection, "PRAGMA integrity_check"), Is.EqualTo("ok"));
        var rows = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM results"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(Scalar(connection, "SELECT count(*) FROM result_documents"), Is.EqualTo(rows), "results and documents differ");
        Assert.That(Scalar(connection, "SELECT count(*) FROM results LEFT JOIN result_documents USING (id) WHERE result_json IS NULL"), Is.Zero);
        Assert.That(rows % Batch, Is.Zero, "a batch was stored in part");
        return rows;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant test SQL.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command.ExecuteScalar();
    }
}

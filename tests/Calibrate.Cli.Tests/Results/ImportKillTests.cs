using System.Diagnostics;
using Calibrate.Core.Json;
using Calibrate.Store;
using Microsoft.Data.Sqlite;

namespace Calibrate.Cli.Tests.Results;

/// <summary>
/// A real `calibrate results import` process killed with SIGKILL at several points: SQLite gets no chance to clean up,
/// yet every time the store opens, passes integrity_check, and holds whole results only (each summary row with its
/// document, each document a result), because each batch is one transaction. The points are the import's own progress,
/// read from the store as it writes: at start-up, and as soon as 1 to 4 of its 6 batches are committed, while the next
/// one is being written. Progress, not time: a loaded machine slows the import, not the test's aim.
/// </summary>
[NonParallelizable]
public sealed class ImportKillTests
{
    private const int Files = 6000;

    /// <summary>Results per transaction of the import.</summary>
    private static readonly int Batch = StoreOpenOptions.Default.BatchSize;

    /// <summary>Committed batches after which the import is killed (0: at once, before it opens the store).</summary>
    private static readonly int[] KillAfterBatches = [0, 1, 2, 3, 4];

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
        RunToEnd(source, whole);
        Assert.That(AssertWhole(whole), Is.EqualTo(Files));

        var counts = new List<int>();
        var store = "";
        foreach (var batches in KillAfterBatches)
        {
            store = Path.Combine(cli.WorkingDirectory, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"killed-{batches}.db"));
            counts.Add(ImportAndKill(source, store, batches * Batch));
        }

        TestContext.Out.WriteLine($"rows left by each kill: {string.Join(", ", counts)}");
        Assert.That(counts.Skip(1), Has.All.InRange(Batch, Files - 1), "each kill after a batch leaves that batch and more, and not the whole import");

        // The last killed store takes the rest of the import.
        RunToEnd(source, store);
        Assert.That(AssertWhole(store), Is.EqualTo(Files));
    }

    private static Calibrate.Core.Results.RunResult Result(int number) =>
        (ResultsData.Gold40(number) with { Hostname = $"wn{number % 500:D3}", Label = "bare", Copies = 16, NodeScore = 80 + (number % 7) }).Build();

    private static void RunToEnd(string source, string store)
    {
        using var process = Import(source, store);
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(3)), Is.True, "the import did not finish");
        Assert.That(process.ExitCode, Is.Zero);
    }

    /// <summary>
    /// Kills the import as soon as the store holds <paramref name="rows"/> rows (at once for 0), and returns the rows it
    /// left. An import that ends before it is killed (the machine stalled the test between two looks) is run again.
    /// </summary>
    private static int ImportAndKill(string source, string store, int rows)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var process = Import(source, store);
            var clock = Stopwatch.StartNew();
            while (rows > 0 && StoredRows(store) < rows && !process.HasExited)
            {
                Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromMinutes(3)), $"the import never stored {rows} rows");
                Thread.Sleep(10);
            }

            // SIGKILL on Linux: no finally blocks, no disposal, no SQLite rollback.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            var left = AssertWhole(store);
            if (left < Files || attempt == 3)
            {
                return left;
            }

            File.Delete(store);
        }
    }

    /// <summary>Rows the store holds now, read beside the import (WAL: a reader does not block the writer); 0 before it exists.</summary>
    private static int StoredRows(string store)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            connection.Open();
            return Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM results"), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0;
        }
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

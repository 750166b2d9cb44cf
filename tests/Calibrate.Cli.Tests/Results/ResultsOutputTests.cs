using System.Text.Json;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;
using Calibrate.TestSupport.Results;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Results;

/// <summary>
/// What `calibrate results list|show|export` print, as snapshots under the invariant culture and de-DE (the same bytes:
/// the results commands format culture-invariantly), and the --json forms checked against the stored results.
/// </summary>
public sealed class ResultsOutputTests
{
    [Test]
    public void List_prints_a_table_newest_first()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        Snapshot.Match("results-list.txt", () => Ok(cli, "results", "list"));
    }

    [Test]
    public void List_latest_keeps_the_newest_of_each_node()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        Snapshot.Match("results-list-latest.txt", () => Ok(cli, "results", "list", "--latest"));
    }

    [Test]
    public void List_json_holds_every_summary()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        Snapshot.Match("results-list.json", () => Ok(cli, "results", "list", "--json"));
        using var json = JsonDocument.Parse(Ok(cli, "results", "list", "--json"));
        var ids = json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToArray();
        Assert.That(ids, Is.EqualTo(new[] { 5, 4, 3, 2, 1 }.Select(TestResult.IdOf)));
    }

    [Test]
    public void Show_prints_the_run_summary()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        Snapshot.Match("results-show.txt", () => ResultsData.Portable(cli, Ok(cli, "results", "show", TestResult.IdOf(3).ToString("D"))));
    }

    [Test]
    public void Show_json_is_the_stored_result()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        var output = Ok(cli, "results", "show", TestResult.IdOf(3).ToString("D"), "--json");
        Assert.That(output, Is.EqualTo(CalibrateJson.Serialize(ResultsData.Results()[2]) + "\n"));
    }

    [Test]
    public void Export_csv_has_a_row_per_result_and_a_column_per_kernel()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        Snapshot.Match("results-export.csv", () => Ok(cli, "results", "export", "--format", "csv"));
    }

    [Test]
    public void Export_json_is_an_array_of_the_full_results_newest_first()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        var output = CultureScope.Run("de-DE", () => Ok(cli, "results", "export", "--label", "bare"));
        var exported = JsonSerializer.Deserialize(output, CalibrateJsonContext.Default.ListRunResult)!;
        var expected = ResultsData.Results().Where(r => r.Label == "bare").OrderByDescending(r => r.StartedUtc);
        Assert.That(exported.Select(CalibrateJson.Serialize), Is.EqualTo(expected.Select(CalibrateJson.Serialize)));
    }

    [Test]
    public void Export_json_of_nothing_is_an_empty_array()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        Assert.That(Ok(cli, "results", "export", "--host", "nosuch"), Is.EqualTo("[]\n"));
    }

    [Test]
    public void Export_hep_benchmark_suite_writes_one_report_per_line_newest_first()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        var lines = CultureScope.Run("de-DE", () => Ok(cli, "results", "export", "--format", "hep-benchmark-suite")).Split('\n');
        Assert.That(lines[^1], Is.Empty, "every document ends its line");
        var documents = lines[..^1].Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(documents.Select(d => d.GetProperty("_id").GetGuid()), Is.EqualTo(new[] { 5, 4, 3, 2, 1 }.Select(TestResult.IdOf)));
            Assert.That(documents.Select(d => d.GetProperty("host").GetProperty("hostname").GetString()), Is.EqualTo(new[] { "wn002", "wn001", "vm01", "wn002", "wn001" }));
            Assert.That(documents.Select(d => d.GetProperty("profiles").GetProperty("calibrate").GetProperty("status").GetString()).Distinct(), Is.EqualTo(new[] { "not_estimated" }));
            Assert.That(documents[2].GetProperty("suite").GetProperty("flags").GetProperty("ncores").GetInt32(), Is.EqualTo(8));
        });
    }

    [Test]
    public void Export_of_one_result_or_the_latest_of_each_node_in_every_format()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        var three = TestResult.IdOf(3).ToString("D");
        var one = Ok(cli, "results", "export", "--format", "hep-benchmark-suite", "--result", three);
        var latest = Ok(cli, "results", "export", "--format", "hep-benchmark-suite", "--latest").TrimEnd('\n').Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(JsonDocument.Parse(one).RootElement.GetProperty("_id").GetString(), Is.EqualTo(three));
            Assert.That(one.Count(c => c == '\n'), Is.EqualTo(1));
            Assert.That(latest.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("_id").GetGuid()), Is.EqualTo(new[] { 3, 4, 5 }.Select(TestResult.IdOf)), "the newest of vm01, wn001, wn002, by hostname");
            Assert.That(JsonSerializer.Deserialize(Ok(cli, "results", "export", "--result", three), CalibrateJsonContext.Default.ListRunResult)!.Single().Id, Is.EqualTo(TestResult.IdOf(3)));
            Assert.That(Ok(cli, "results", "export", "--format", "csv", "--latest").Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(4), "a header and one row per node");
        });
    }

    private static string Ok(CliRunner cli, params string[] args)
    {
        var (exit, output, error) = cli.Run(args);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(error, Is.Empty);
        return output;
    }
}

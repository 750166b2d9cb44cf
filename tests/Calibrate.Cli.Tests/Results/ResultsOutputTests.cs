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

    private static string Ok(CliRunner cli, params string[] args)
    {
        var (exit, output, error) = cli.Run(args);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(error, Is.Empty);
        return output;
    }
}

using System.Text.Json;
using Calibrate.Cli.Infrastructure;
using Calibrate.Cli.Tests.Statistics;
using Calibrate.Core.Json;

namespace Calibrate.Cli.Tests.Results;

/// <summary>
/// What `calibrate results list|show|export` print, as snapshots under the invariant culture and de-DE (the same bytes:
/// the results commands format culture-invariantly), and the --json forms checked against the stored results.
/// </summary>
public sealed class ResultsOutputTests
{
    [TestCase("")]
    [TestCase("de-DE")]
    public void List_prints_a_table_newest_first(string culture)
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        Snapshot.Match(Ok(cli, culture, "results", "list"), "results-list.txt");
    }

    [TestCase("")]
    [TestCase("de-DE")]
    public void List_latest_keeps_the_newest_of_each_node(string culture)
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        Snapshot.Match(Ok(cli, culture, "results", "list", "--latest"), "results-list-latest.txt");
    }

    [TestCase("")]
    [TestCase("de-DE")]
    public void List_json_holds_every_summary(string culture)
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        var output = Ok(cli, culture, "results", "list", "--json");
        Snapshot.Match(output, "results-list.json");
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToArray();
        Assert.That(ids, Is.EqualTo(new[] { 5, 4, 3, 2, 1 }.Select(SyntheticResult.IdOf)));
    }

    [TestCase("")]
    [TestCase("de-DE")]
    public void Show_prints_the_run_summary(string culture)
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        var output = Ok(cli, culture, "results", "show", SyntheticResult.IdOf(3).ToString("D"));
        Snapshot.Match(ResultsData.Portable(cli, output), "results-show.txt");
    }

    [Test]
    public void Show_json_is_the_stored_result()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        var output = Ok(cli, "", "results", "show", SyntheticResult.IdOf(3).ToString("D"), "--json");
        Assert.That(output, Is.EqualTo(CalibrateJson.Serialize(ResultsData.Results()[2]) + "\n"));
    }

    [TestCase("")]
    [TestCase("de-DE")]
    public void Export_csv_has_a_row_per_result_and_a_column_per_kernel(string culture)
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        Snapshot.Match(Ok(cli, culture, "results", "export", "--format", "csv"), "results-export.csv");
    }

    [Test]
    public void Export_json_is_an_array_of_the_full_results_newest_first()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        var output = Ok(cli, "de-DE", "results", "export", "--label", "bare");
        var exported = JsonSerializer.Deserialize(output, CalibrateJsonContext.Default.ListRunResult)!;
        var expected = ResultsData.Results().Where(r => r.Label == "bare").OrderByDescending(r => r.StartedUtc);
        Assert.That(exported.Select(CalibrateJson.Serialize), Is.EqualTo(expected.Select(CalibrateJson.Serialize)));
    }

    [Test]
    public void Export_json_of_nothing_is_an_empty_array()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        Assert.That(Ok(cli, "", "results", "export", "--host", "nosuch"), Is.EqualTo("[]\n"));
    }

    private static string Ok(CliRunner cli, string culture, params string[] args)
    {
        var (exit, output, error) = Cultures.Under(culture, () => cli.Run(args));
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(error, Is.Empty);
        return output;
    }
}

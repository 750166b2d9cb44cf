using System.Text.Json.Nodes;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;
using Calibrate.Store;

namespace Calibrate.Cli.Tests.Results;

/// <summary>
/// `results import` stores every good result and names each bad file on its own line with a plain reason (no .NET
/// type, no stack trace), exit 2; a result with a null hostname is refused, not "already stored"; what `results export
/// --format json` writes (an array) and one-result-per-line files import back (issue 15, defects 6, 7 and 8).
/// </summary>
public sealed class ImportBadFileTests
{
    private static readonly Dictionary<string, Action<JsonObject>> Corruptions = new()
    {
        ["null-hostname"] = r => r["hostname"] = null,
        ["negative-cpu"] = r => r["probe"]!["allowedCpus"] = new JsonArray(-1, 0),
        ["null-probe"] = r => r["probe"] = null,
        ["null-plan"] = r => r["plan"] = null,
        ["schema-0"] = r => r["schemaVersion"] = 0,
        ["year-1"] = r => r["startedUtc"] = "0001-01-01T00:00:00+00:00",
        ["year-9999"] = r => r["finishedUtc"] = "9999-12-31T00:00:00+00:00",
        ["empty-hostname"] = r => r["hostname"] = "",
    };

    [Test]
    public void A_null_hostname_is_an_error_not_already_stored()
    {
        using var cli = new CliRunner();
        var file = Write(cli, "null-host.json", Corrupt(ResultsData.Results()[0], Corruptions["null-hostname"]));
        var (exit, output, error) = cli.Run("results", "import", file);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage), error);
            Assert.That(output, Does.Contain("imported 0, already stored 0, not results 1"));
            Assert.That(error, Does.Contain("null-host.json").And.Contain("hostname"));
        });
    }

    [Test]
    public void One_bad_file_among_good_ones_stores_the_good_ones_and_names_each_bad_one()
    {
        using var cli = new CliRunner();
        var dir = Path.Combine(cli.WorkingDirectory, "in");
        Directory.CreateDirectory(dir);
        var results = ResultsData.Results();
        for (var i = 0; i < results.Count; i++)
        {
            File.WriteAllText(Path.Combine(dir, $"good{i}.json"), CalibrateJson.Serialize(results[i]));
        }

        foreach (var (name, corrupt) in Corruptions)
        {
            File.WriteAllText(Path.Combine(dir, $"bad-{name}.json"), Corrupt(results[0] with { Id = Guid.NewGuid() }, corrupt));
        }

        File.WriteAllText(Path.Combine(dir, "bad-huge-number.json"), CalibrateJson.Serialize(results[1] with { Id = Guid.NewGuid() }).Replace("\"nodeScore\": 398.5", "\"nodeScore\": 1e400", StringComparison.Ordinal));

        var (exit, output, error) = cli.Run("results", "import", dir);

        var lines = error.TrimEnd().Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage), error);
            Assert.That(output, Does.Contain($"imported {results.Count}, already stored 0, not results {Corruptions.Count + 1}"));
            Assert.That(lines, Has.Length.EqualTo(Corruptions.Count + 1));
            Assert.That(lines, Has.All.StartWith("calibrate: not imported: ").And.Contains("bad-"));
            Assert.That(error, Does.Not.Contain("System.").And.Not.Contain("Calibrate.Core").And.Not.Contain("internal error"));
            Assert.That(error, Does.Not.Contain("   at "));
        });
        Assert.That(Stored(cli).Count, Is.EqualTo(results.Count));
    }

    [Test]
    public void A_device_as_an_input_is_named_and_refused_at_once()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("results", "import", "/dev/zero");
        Assert.That(exit, Is.EqualTo(ExitCodes.Usage), error);
        Assert.That(error, Does.Contain("/dev/zero is a character device"));
    }

    [Test]
    public void Export_json_imports_back_into_another_store()
    {
        using var node = new CliRunner();
        ResultsData.Store(node);
        var (exportExit, exported, exportError) = node.Run("results", "export", "--format", "json");
        Assert.That(exportExit, Is.Zero, exportError);

        using var central = new CliRunner();
        var file = Write(central, "export.json", exported);
        var (exit, output, error) = central.Run("results", "import", file);

        Assert.That(exit, Is.Zero, error);
        Assert.That(output, Does.Contain($"imported {ResultsData.Results().Count}, already stored 0, not results 0"));
        Assert.That(Stored(central).Select(r => r.Id), Is.EquivalentTo(ResultsData.Results().Select(r => r.Id)));
    }

    [Test]
    public void One_result_per_line_imports()
    {
        using var cli = new CliRunner();
        var lines = ResultsData.Results().Select(r => JsonNode.Parse(CalibrateJson.Serialize(r))!.ToJsonString());
        var file = Write(cli, "results.jsonl", string.Join("\n", lines) + "\n");
        var (exit, output, error) = cli.Run("results", "import", file);
        Assert.That(exit, Is.Zero, error);
        Assert.That(output, Does.Contain($"imported {ResultsData.Results().Count}"));
    }

    private static string Corrupt(Core.Results.RunResult result, Action<JsonObject> corrupt)
    {
        var json = JsonNode.Parse(CalibrateJson.Serialize(result))!.AsObject();
        corrupt(json);
        return json.ToJsonString();
    }

    private static string Write(CliRunner cli, string name, string text)
    {
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, name), text);
        return name;
    }

    private static IReadOnlyList<Core.Results.ResultSummary> Stored(CliRunner cli)
    {
        using var store = StoreFactory.Open(null, Path.Combine(cli.WorkingDirectory, "results", "calibrate.db"));
        return store.Query(ResultFilter.All);
    }
}

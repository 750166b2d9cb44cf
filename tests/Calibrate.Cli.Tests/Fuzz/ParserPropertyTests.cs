using System.Diagnostics;
using System.Text.Json.Nodes;
using Calibrate.Core.Json;
using Calibrate.Node.Configuration;
using Calibrate.Statistics.Calibration;
using Calibrate.Store;
using CsCheck;

namespace Calibrate.Cli.Tests.Fuzz;

/// <summary>
/// The seeded property and fuzz suite of issue 15 over the parsers and the command line: configuration files,
/// refs.csv, result JSON and option values. Whatever the input, the outcome is a documented exit code, plain lines on
/// stderr (no stack trace, no .NET type), nothing stored changed by a refused input, and an end within a bound.
/// About 400 cases; it adds seconds, not minutes, to `./run.sh test`.
/// </summary>
[NonParallelizable]
public sealed class ParserPropertyTests
{
    private static readonly TimeSpan PerCaseBound = TimeSpan.FromSeconds(5);

    private static readonly string[] ConfigWords =
    [
        "store:", "local:", "central:", "timeout:", "measure:", "profile:", "precision:", "copies:", "pinning:", "label:", "reference:",
        "hs06_per_slot:", "bucket_step:", "pushers:", "mjf:", "directory:", "slurm:", "boot:", "budget:", "fallback:", "quick", "none", "1%",
        "60s", "-1", "0", "1e400", "NaN", "null", "~", "true", "postgresql://u@h/d", "postgresql://u:pw@h/d", "/dev/zero", "[", "]", "{", "}",
        "- ", "&a", "*a", "!!binary", "|", ">", "'", "\"", "\n", "\n  ", "\n    ", ": ", "#", "\t", "\u001b[2J", "99999999999999999999",
    ];

    [Test]
    public void Config_text_of_any_shape_is_accepted_or_refused_with_plain_errors()
    {
        var gen = Seeded.Either(Seeded.Pick(ConfigWords), Seeded.Text(8)).Array[0, 40].Select(parts => string.Concat(parts));
        foreach (var text in Seeded.Cases(gen, 150, seed: 1))
        {
            var clock = Stopwatch.StartNew();
            try
            {
                ConfigParser.Parse(text, "calibrate.yaml");
            }
            catch (ConfigException e)
            {
                Assert.That(e.Errors, Is.Not.Empty);
                foreach (var error in e.Errors)
                {
                    Assert.That(error, Does.StartWith("calibrate.yaml"), error);
                    Assert.That(error.Any(c => char.IsControl(c)), Is.False, "one plain line: " + Core.Text.UntrustedText.Quote(error));
                }
            }

            Assert.That(clock.Elapsed, Is.LessThan(PerCaseBound));
        }
    }

    [Test]
    public void Config_check_ends_with_a_documented_code_and_plain_lines()
    {
        var gen = Seeded.Either(Seeded.Pick(ConfigWords), Seeded.Text(6)).Array[0, 30].Select(parts => string.Concat(parts));
        using var cli = new CliRunner();
        var path = Path.Combine(cli.WorkingDirectory, "calibrate.yaml");
        foreach (var text in Seeded.Cases(gen, 40, seed: 2))
        {
            File.WriteAllText(path, text);
            var (exit, _, error) = cli.Run("config", "check", "--config", path);
            Assert.That(exit, Is.AnyOf(0, 2), text);
            CliOutcome.AssertPlain(text, exit, error);
        }
    }

    [Test]
    public void Reference_csv_of_any_shape_parses_or_names_its_line()
    {
        var cell = Seeded.Either(Seeded.Pick("node", "hs06", "wn01", "wn02", "318.0", "1e300", "-1", "0", "NaN", "", "\"x,y\"", "=cmd|' /C calc'!A0", "#"), Seeded.Text(6));
        var gen = cell.Array[1, 4].Select(c => string.Join(",", c)).Array[0, 8].Select(lines => string.Join("\n", lines));
        foreach (var text in Seeded.Cases(gen, 150, seed: 3))
        {
            try
            {
                var rows = ReferenceCsv.Parse(text, minimumRows: 0);
                Assert.That(rows.SelectMany(t => t.Rows).All(r => double.IsFinite(r.Value) && r.Value > 0 && r.Node.Length > 0), Is.True, text);
            }
            catch (ReferenceCsvException e)
            {
                Assert.That(e.Message.Contains('\n', StringComparison.Ordinal), Is.False, Core.Text.UntrustedText.Quote(e.Message));
            }
        }
    }

    [Test]
    public void A_result_file_with_any_value_replaced_is_imported_whole_or_refused_and_the_store_is_unchanged()
    {
        var template = CalibrateJson.Serialize(Results.ResultsData.Results()[0]);
        var paths = Paths(JsonNode.Parse(template)!);
        var replacement = Seeded.Either(
            Seeded.Pick<JsonNode?>(null, JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(1e300), JsonValue.Create(""), JsonValue.Create("\n"),
                JsonValue.Create("0001-01-01T00:00:00Z"), JsonValue.Create(long.MaxValue), new JsonArray(), new JsonObject(), new JsonArray(-1)),
            Seeded.Text(10).Select(s => (JsonNode?)JsonValue.Create(s)));
        var gen = Gen.Select(Gen.Int[0, paths.Count - 1], replacement);
        using var cli = new CliRunner();
        var store = Path.Combine(cli.WorkingDirectory, "results", "calibrate.db");
        var file = Path.Combine(cli.WorkingDirectory, "result.json");
        var stored = 0;
        foreach (var (index, value) in Seeded.Cases(gen, 60, seed: 4))
        {
            var json = JsonNode.Parse(template)!;
            Replace(json, paths[index], value?.DeepClone());
            var text = json.ToJsonString().Replace("\"id\":\"", $"\"id\":\"{Guid.NewGuid():D}\",\"x\":\"", StringComparison.Ordinal);
            File.WriteAllText(file, text);
            var (exit, _, error) = cli.Run("results", "import", file);
            var input = $"{paths[index]} = {value?.ToJsonString() ?? "null"}";
            Assert.That(exit, Is.AnyOf(0, 2), input + ": " + error);
            CliOutcome.AssertPlain(input, exit, error);
            stored += exit == 0 ? 1 : 0;
            Assert.That(Count(store), Is.EqualTo(stored), input + ": a refused file stores nothing, an accepted one exactly one row");
        }
    }

    private static readonly string[][] OptionCommands =
    [
        ["results", "list", "--since", "{0}"],
        ["results", "list", "--label", "{0}", "--json"],
        ["results", "show", "{0}"],
        ["results", "delete", "{0}"],
        ["factor", "--latest", "--slots", "{0}"],
        ["factor", "--latest", "--reference-hs06-per-slot", "{0}"],
        ["factor", "--latest", "--step", "{0}"],
        ["fleet", "submit", "--scheduler", "slurm", "--nodes", "{0}", "--dry-run"],
        ["fleet", "submit", "--scheduler", "{0}", "--nodes", "wn1", "--dry-run"],
        ["fleet", "submit", "--scheduler", "slurm", "--nodes", "wn1", "--campaign", "{0}", "--dry-run"],
        ["fleet", "status", "--stale-after", "{0}"],
        ["compare", "--by", "label", "--baseline", "{0}"],
        ["push", "mjf", "--latest", "--directory", "{0}", "--dry-run"],
        ["push", "slurm", "--latest", "--node", "{0}", "--dry-run"],
        ["plot", "history", "--out", "{0}"],
        ["plot", "history", "--out", "c.svg", "--width", "{0}"],
        ["run", "--copies", "{0}", "--pinning", "list:0-99999999", "--budget", "1s"],
        ["run", "--pinning", "{0}", "--copies", "0"],
        ["sweep", "--copies", "{0}", "--pinning", "nonesuch"],
    ];

    [Test]
    public void Option_values_of_any_shape_end_with_a_documented_code_and_plain_lines_and_leave_the_store_alone()
    {
        var value = Seeded.Either(
            Seeded.Pick("0", "-1", "1e400", "NaN", "99999999999999999999", "1..99999", "0-99999999", "", " ", "/dev/full", "/", ".", "a,b", "wn1\nx", "\u001b[2J", "30d", "--help"),
            Seeded.Text(12));
        var gen = Gen.Select(Gen.Int[0, OptionCommands.Length - 1], value);
        using var cli = new CliRunner();
        var store = Results.ResultsData.Store(cli);
        var before = File.ReadAllBytes(store);
        foreach (var (command, text) in Seeded.Cases(gen, 120, seed: 5))
        {
            var args = OptionCommands[command].Select(a => a.Replace("{0}", text, StringComparison.Ordinal)).ToArray();
            if (args.Contains("delete") || args.Contains("--help"))
            {
                args = [.. args.Where(a => a != "--help")];
            }

            var clock = Stopwatch.StartNew();
            var (exit, _, error) = cli.Run(args);
            var input = string.Join(' ', args);
            CliOutcome.AssertPlain(input, exit, error);
            Assert.That(clock.Elapsed, Is.LessThan(PerCaseBound), input);
            if (!args.Contains("delete"))
            {
                Assert.That(File.ReadAllBytes(store), Is.EqualTo(before), input + ": the store is unchanged");
            }
        }
    }

    private static List<string> Paths(JsonNode node, string prefix = "$")
    {
        var paths = new List<string> { prefix };
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    paths.AddRange(child is null ? [$"{prefix}.{key}"] : Paths(child, $"{prefix}.{key}"));
                }

                break;
            case JsonArray a:
                for (var i = 0; i < Math.Min(a.Count, 2); i++)
                {
                    paths.AddRange(a[i] is null ? [$"{prefix}[{i}]"] : Paths(a[i]!, $"{prefix}[{i}]"));
                }

                break;
        }

        return paths.Where(p => p != "$" && !p.EndsWith(".id", StringComparison.Ordinal)).ToList();
    }

    private static void Replace(JsonNode root, string path, JsonNode? value)
    {
        var steps = System.Text.RegularExpressions.Regex.Matches(path, @"\.([A-Za-z0-9_]+)|\[(\d+)\]").Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var parent = root;
        foreach (var step in steps[..^1])
        {
            parent = step is string key ? parent[key]! : parent[(int)step]!;
        }

        if (steps[^1] is string last)
        {
            parent[last] = value;
        }
        else
        {
            parent[(int)steps[^1]] = value;
        }
    }

    private static int Count(string store)
    {
        if (!File.Exists(store))
        {
            return 0;
        }

        using var opened = StoreFactory.Open(null, store);
        return opened.Query(ResultFilter.All).Count;
    }
}

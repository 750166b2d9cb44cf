using System.CommandLine;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;
using Calibrate.Statistics;
using Calibrate.Statistics.Comparison;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>
/// `calibrate compare --by label`: score per copy of each label against a baseline label, with intervals, Welch's
/// test, Hedges' g and which kernels lose most. Disturbed results are left out and counted.
/// </summary>
public static class CompareCommand
{
    public const string ByLabel = "label";

    public static Command Create(CliContext context)
    {
        var by = new Option<string>("--by") { Description = "What to group results by (label: the --label given to calibrate run).", DefaultValueFactory = _ => ByLabel, HelpName = "label" };
        var baseline = new Option<string?>("--baseline") { Description = "The label the others are compared with (default: the first label in ordinal order).", HelpName = "LABEL" };
        var since = new Option<string?>("--since") { Description = "Only results started since: a UTC date/time (2026-11-01, 2026-11-01T12:00Z) or an age (24h, 7d).", HelpName = "TIME" };
        var store = ResultsStoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the comparison as JSON." };
        var command = new Command("compare", "Compare configurations by label: per label the score per copy with its interval, the ratio to the baseline with its interval, Welch's t-test and Hedges' g, and the per-kernel ratios (which kernels lose most, e.g. under virtualisation).\n\nExamples:\n  calibrate compare --by label --baseline bare\n  calibrate compare --by label --baseline bare --since 30d --json")
        {
            by, baseline, since, store, json,
        };
        command.SetAction(parse =>
        {
            var group = parse.GetValue(by)!;
            if (!string.Equals(group, ByLabel, StringComparison.Ordinal))
            {
                throw CliException.Usage($"--by {group} is not supported: results can be compared by label only (--by label)");
            }

            var sinceText = parse.GetValue(since);
            var from = ValueParsers.ParseTime("--since", sinceText, DateTimeOffset.UtcNow);
            using var opened = ResultsStoreOption.Open(parse, store, context);
            var results = opened.Query(new ResultFilter { Since = from });
            if (!results.Any(r => !r.Disturbed && r.Label is not null))
            {
                throw new CliException(ExitCodes.Failed, "no labelled, undisturbed results to compare" + (from is null ? "" : " since " + sinceText) + ": measure with calibrate run --label NAME");
            }

            var report = LabelComparison.Compare(results, parse.GetValue(baseline), Confidence.Level);
            context.Out.Write(parse.GetValue(json) ? StatisticsOutputJson.Serialize(report) : CompareRenderer.Render(report));
            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Reporting;
using Calibrate.Reports.Reports;

namespace Calibrate.Cli.Commands.Report;

/// <summary>`calibrate report`: compare labels from the store and write index.html, summary.md, the charts' SVGs, PNGs and CSVs.</summary>
public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var by = new Option<string>("--by") { Description = "What to compare: label (the only grouping so far).", DefaultValueFactory = _ => "label", HelpName = "label" };
        var baseline = new Option<string?>("--baseline") { Description = "The label to compare against (default: the first label in ordinal order).", HelpName = "LABEL" };
        var since = new Option<string?>("--since") { Description = "Only results started at or after this UTC time (ISO 8601).", HelpName = "T" };
        var host = new Option<string?>("--host") { Description = "Only this node's results (adds the scaling and history charts).", HelpName = "HOST" };
        var store = new Option<string?>("--store") { Description = "Store to read: a SQLite file path or postgresql://... (default: results/calibrate.db).", HelpName = "PATH|URL" };
        var reference = ReferenceOption();
        var output = new Option<string>("--out") { Description = "Directory to write the report into (created if missing).", HelpName = "DIR", Required = true };
        var command = new Command("report", "Compare configuration labels from the store: one self-contained HTML file (opens offline), a Markdown summary with the same table, and each chart as SVG and PNG with the CSV of its figures.\n\nExamples:\n  calibrate report --by label --baseline bare --out results/report\n  calibrate report --by label --since 2026-11-01 --host wn-01 --out /tmp/r\n  calibrate report --by label --reference refs.csv --out results/report")
        {
            by, baseline, since, host, store, reference, output,
        };
        command.SetAction(parse =>
        {
            if (!string.Equals(parse.GetValue(by), "label", StringComparison.Ordinal))
            {
                throw CliException.Usage($"--by {parse.GetValue(by)}: only 'label' is supported.");
            }

            var input = ReportSource.Load(context.Site(), parse.GetValue(store), parse.GetValue(since), parse.GetValue(host), parse.GetValue(baseline), parse.GetValue(reference));
            var directory = context.ResolvePath(parse.GetValue(output)!);
            var files = ReportWriter.Write(directory, input);
            context.Out.WriteLine($"Report of {input.ResultCount.ToString(System.Globalization.CultureInfo.InvariantCulture)} results written to {directory}:");
            foreach (var file in files)
            {
                context.Out.WriteLine("  " + Path.GetFileName(file));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>--reference refs.csv, as `calibrate fit` takes it; shared with `calibrate plot calibration`.</summary>
    public static Option<string?> ReferenceOption() => new("--reference")
    {
        Description = "CSV of reference nodes (columns node and hs23 and/or hs06, as for calibrate fit): adds the calibration chart, the figure in the site's unit against score with the fit through the origin and its 95% prediction band; nothing is stored.",
        HelpName = "FILE",
    };
}

using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Reporting;
using Calibrate.Reports.Charts;
using Calibrate.Reports.Plotting;
using Calibrate.Reports.Reports;

namespace Calibrate.Cli.Commands.Report;

/// <summary>`calibrate plot CHART --out FILE.svg|FILE.png [--width PX --height PX]`: one chart of a report, from the store.</summary>
public static class PlotCommand
{
    /// <summary>Chart names as in the report's file names, with their numbers in issue 6's list.</summary>
    public static readonly IReadOnlyDictionary<string, int> Charts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["score-by-label"] = 1,
        ["scaling"] = 2,
        ["calibration"] = 3,
        ["kernel-ratios"] = 4,
        ["fleet"] = 5,
        ["history"] = 6,
    };

    public static Command Create(CliContext context)
    {
        var chart = new Argument<string>("CHART") { Description = "score-by-label, scaling, calibration, kernel-ratios, fleet or history (or its number, 1-6)." };
        var baseline = new Option<string?>("--baseline") { Description = "The label to compare against.", HelpName = "LABEL" };
        var since = new Option<string?>("--since") { Description = "Only results started at or after this UTC time (ISO 8601).", HelpName = "T" };
        var host = new Option<string?>("--host") { Description = "Only this node's results (needed for scaling and history).", HelpName = "HOST" };
        var store = new Option<string?>("--store") { Description = "Store to read: a SQLite file path or postgresql://... (default: results/calibrate.db).", HelpName = "PATH|URL" };
        var reference = ReportCommand.ReferenceOption();
        var output = new Option<string>("--out") { Description = "The file to write: .svg or .png (the extension chooses).", HelpName = "FILE.svg|FILE.png", Required = true };
        var width = new Option<int>("--width") { Description = $"Width in pixels, {Figure.MinWidth}-{Figure.MaxWidth}.", HelpName = "PX", DefaultValueFactory = _ => Figure.DefaultWidth };
        var height = new Option<int>("--height") { Description = $"Height in pixels, {Figure.MinHeight}-{Figure.MaxHeight}.", HelpName = "PX", DefaultValueFactory = _ => Figure.DefaultHeight };
        var command = new Command("plot", "Draw one chart from the store as an SVG or PNG file.\n\nExamples:\n  calibrate plot score-by-label --baseline bare --out score.svg\n  calibrate plot scaling --host wn-01 --out scaling.png --width 1920 --height 1080\n  calibrate plot fleet --out fleet.png\n  calibrate plot calibration --reference refs.csv --out calibration.svg")
        {
            chart, baseline, since, host, store, reference, output, width, height,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(chart)!;
            var number = Charts.TryGetValue(name, out var n) ? n
                : int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n) && n is >= 1 and <= 6 ? n
                : throw CliException.Usage($"Unknown chart '{name}'; one of: {string.Join(", ", Charts.Keys)}.");
            var file = parse.GetValue(output)!;
            if (!ChartFormats.TryFromPath(file, out _))
            {
                throw CliException.Usage($"--out {file}: the extension chooses the format, one of {string.Join(", ", ChartFormats.Extensions)}.");
            }

            var size = (Width: parse.GetValue(width), Height: parse.GetValue(height));
            if (size.Width is < Figure.MinWidth or > Figure.MaxWidth || size.Height is < Figure.MinHeight or > Figure.MaxHeight)
            {
                throw CliException.Usage(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"--width {size.Width} --height {size.Height}: a chart is {Figure.MinWidth}-{Figure.MaxWidth} x {Figure.MinHeight}-{Figure.MaxHeight} pixels."));
            }

            var references = parse.GetValue(reference);
            if (number == CalibrationChart.Number && references is null)
            {
                throw CliException.Usage("The calibration chart needs the reference nodes: add --reference refs.csv (as for calibrate fit).");
            }

            var input = ReportSource.Load(context.Site(), parse.GetValue(store), parse.GetValue(since), parse.GetValue(host), parse.GetValue(baseline), references);
            var built = ReportCharts.Build(input).FirstOrDefault(c => c.Number == number)
                ?? throw new CliException(ExitCodes.Failed, number switch
                {
                    2 => "The scaling chart needs one node's undisturbed results at two or more copy counts (select the node with --host).",
                    6 => "The history chart needs one node's undisturbed results (select the node with --host).",
                    5 => "The fleet chart needs results from at least 5 nodes.",
                    _ => "The matching results have no labels to compare.",
                });
            var path = context.ResolvePath(file);
            ReportWriter.WriteChart(path, built with { Figure = built.Figure with { Width = size.Width, Height = size.Height } });
            context.Out.WriteLine($"Chart {built.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({built.Figure.Title}) written to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}

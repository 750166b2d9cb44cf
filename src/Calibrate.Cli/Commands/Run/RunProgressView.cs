using System.Globalization;
using Calibrate.Agent.Running;
using Calibrate.Core.Text;
using Calibrate.Statistics.Intervals;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Calibrate.Cli.Commands.Run;

/// <summary>
/// The live view of a run on a terminal, a pure function of the runner's progress: one headline (phase, copies, time
/// left, precision reached against the target) and a table with each kernel's samples so far (the fewest over the
/// copies, against the samples an interval needs) as a bar.
/// </summary>
public static class RunProgressView
{
    private const int BarWidth = 30;

    public static IRenderable Render(RunProgress p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var headline = new Markup(Markup.Escape(Headline(p)));
        if (p.Phase == "starting" || p.KernelSamples.Count == 0)
        {
            return headline;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("kernel").AddColumn(new TableColumn("samples").RightAligned()).AddColumn(string.Create(CultureInfo.InvariantCulture, $"of the {NodeScoreInterval.MinimumSamples} an interval needs"));
        foreach (var (kernel, samples) in p.KernelSamples)
        {
            var filled = Math.Min(BarWidth, samples * BarWidth / NodeScoreInterval.MinimumSamples);
            table.AddRow(
                Markup.Escape(kernel),
                samples.ToString(CultureInfo.InvariantCulture),
                new string('#', filled) + new string('.', BarWidth - filled));
        }

        return new Rows(headline, table);
    }

    public static string Headline(RunProgress p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (p.Phase == "starting")
        {
            return string.Create(CultureInfo.InvariantCulture, $"calibrate: starting {p.Copies} copies, {p.ReadyCopies} ready (input generation and warm-up)");
        }

        var left = Math.Max(0, (p.Budget - p.Elapsed).TotalSeconds);
        var precision = p.RelativeHalfWidth is { } h ? ", ±" + DisplayFormat.Percent(h) + (p.Target is { } t ? " (target ±" + DisplayFormat.Percent(t) + ")" : "") : "";
        return string.Create(CultureInfo.InvariantCulture, $"calibrate: measuring {p.Copies} copies, {p.Samples} samples{precision}, {left:F0} s left");
    }
}

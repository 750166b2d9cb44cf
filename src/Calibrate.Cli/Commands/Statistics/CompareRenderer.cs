using System.Text;
using Calibrate.Statistics.Comparison;
using static Calibrate.Core.Text.DisplayFormat;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>The human-readable comparison by label, culture-invariant (snapshot-tested).</summary>
public static class CompareRenderer
{
    public static string Render(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var level = Percent(report.Level, 0);
        var sb = new StringBuilder();
        sb.Append(F($"Score per copy by label, baseline {report.Baseline}; {level} intervals; {report.Rows.Sum(r => r.N)} results"));
        sb.Append(report.ExcludedDisturbed > 0 ? F($" ({report.ExcludedDisturbed} disturbed left out)\n\n") : "\n\n");
        var table = new TextTable(("Label", false), ("n", true), ("Score/copy (CI)", false), ("Ratio (CI)", false), ("p", true), ("Hedges' g", true));
        foreach (var row in report.Rows)
        {
            var isBaseline = row.Label == report.Baseline;
            table.Add(
                row.Label,
                F($"{row.N}"),
                WithInterval(row.MeanScorePerCopy, row.MeanLow, row.MeanHigh, "F3"),
                isBaseline ? "baseline" : WithInterval(row.Ratio, row.RatioLow, row.RatioHigh, "F3"),
                isBaseline ? Undefined : PValue(row.PValue),
                isBaseline ? Undefined : Number(row.HedgesG, "F2"));
        }

        sb.Append(table.Render()).Append('\n');
        sb.Append(F($"Score/copy: mean with Student t interval. Ratio: {report.Ratio}.\n"));
        foreach (var row in report.Rows.Where(r => r.N == 1))
        {
            sb.Append(F($"{row.Label}, measured once: the interval is {row.IntervalBasis}.\n"));
        }

        sb.Append(F($"p: {report.Test} against {report.Baseline}. Effect size: {report.EffectSize}.\n"));
        sb.Append("- : undefined (no spread)\n");
        foreach (var row in report.Rows.Where(r => r.Label != report.Baseline && r.Kernels.Count > 0))
        {
            sb.Append('\n').Append(F($"Per kernel, {row.Label} against {report.Baseline} (mean kernel score ratio, largest loss first)\n"));
            var kernels = new TextTable(("Kernel", false), ("Ratio", true), ("Change", true));
            foreach (var kernel in row.Kernels)
            {
                kernels.Add(kernel.Kernel, Number(kernel.Ratio, "F3"), WithSign((kernel.Ratio - 1) * 100, "F1") + "%");
            }

            sb.Append(kernels.Render("  "));
        }

        return sb.ToString();
    }
}

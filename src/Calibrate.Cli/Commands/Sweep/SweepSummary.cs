using System.Globalization;
using System.Text;
using Calibrate.Cli.Infrastructure;

using Calibrate.Node.Sweep;

namespace Calibrate.Cli.Commands.Sweep;

/// <summary>The human-readable end of a sweep: the matrix as measured and the job-slot answer (snapshot-tested).</summary>
public static class SweepSummary
{
    public static string Render(SweepReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{"Pinning",-10}{"Copies",7}{"Score",10}{"95% CI",22}{"Per copy",10}  Verdict\n");
        foreach (var p in report.Points)
        {
            var ci = string.Create(CultureInfo.InvariantCulture, $"{p.Low:F2} to {p.High:F2}");
            sb.Append(CultureInfo.InvariantCulture, $"{p.Pinning,-10}{p.Copies,7}{p.Score,10:F2}{ci,22}{p.Score / p.Copies,10:F2}  {(p.Disturbed ? "DISTURBED" : "ok")}\n");
        }

        foreach (var skipped in report.Skipped)
        {
            sb.Append("skipped: ").Append(skipped).Append('\n');
        }

        sb.Append('\n');
        if (report.Analysis is { } a)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Throughput-optimal copies: {a.OptimalCopies} with pinning {a.BestPinning}");
            sb.Append(a.OptimalHigh > a.OptimalLow
                ? string.Create(CultureInfo.InvariantCulture, $" ({a.OptimalLow} to {a.OptimalHigh} copies reach the maximum's interval)\n")
                : " (no other copy count reaches the maximum's interval)\n");
            sb.Append(CultureInfo.InvariantCulture, $"Maximum: {a.MaxScore:F2} (95% CI {a.MaxLow:F2} to {a.MaxHigh:F2}) at {a.MaxCopies} copies");
            sb.Append(a.KneeCopies is { } knee ? string.Create(CultureInfo.InvariantCulture, $"; knee at {knee} copies\n") : "\n");
            sb.Append("Method: ").Append(a.Method).Append('\n');
        }
        else
        {
            sb.Append("No undisturbed point to analyse: rerun on a quiet node.\n");
        }

        if (report.Chart is not null)
        {
            sb.Append("Chart: ").Append(report.Chart).Append('\n');
        }

        return sb.ToString();
    }
}

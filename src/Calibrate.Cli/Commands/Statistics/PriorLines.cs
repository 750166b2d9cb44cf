using System.Globalization;
using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Core.Text;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>
/// The lines that say what an estimate is made of, as `run` and `factor` print them: the measurement's figure, the
/// prior, and how they were combined (or why not).
/// </summary>
public static class PriorLines
{
    public static IEnumerable<(string Key, string Value)> Of(FigureInterval? measurement, EstimatePrior? prior, string? combination, string? note, AccountingUnit unit, double level)
    {
        var percent = DisplayFormat.Percent(level, 0);
        if (measurement is { } m && (combination is not null || prior is not null))
        {
            yield return ("Measured", F($"{DisplayFormat.Number(m.Value, "F1")} {unit} ({percent} {Range(m.Low, m.High)}, whole node): calibration model x node score"));
        }

        if (prior is { } p)
        {
            yield return ("Prior", F($"{DisplayFormat.Number(p.Value, "F1")} {unit} ({percent} {Range(p.Low, p.High)}, whole node, {DisplayFormat.Number(p.PerLogicalCpu, "F2")} per logical CPU x {p.LogicalCpus}; ±{DisplayFormat.Percent(p.RelativeSd, 1)}): {p.Source}"));
        }

        if (combination is not null)
        {
            yield return ("Combined", combination);
        }
        else if (note is not null)
        {
            yield return ("Prior note", note);
        }
    }

    private static string Range(double low, double high) => $"{DisplayFormat.Number(low, "F1")} to {DisplayFormat.Number(high, "F1")}";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

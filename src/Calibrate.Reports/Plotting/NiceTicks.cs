using System.Globalization;

namespace Calibrate.Reports.Plotting;

/// <summary>
/// Tick positions a reader can take in at a glance: steps of 1, 2 or 5 times a power of ten, bounds widened to
/// multiples of the step, labels with exactly as many decimals as the step needs.
/// </summary>
/// <remarks>
/// Heckbert, P. S. (1990). "Nice numbers for graph labels". In A. S. Glassner (ed.), Graphics Gems, pp. 61-63 and
/// 657-659. Academic Press. The "loose labelling" variant: range = nice(max - min, round: false); step =
/// nice(range / (n - 1), round: true); bounds = floor(min / step) * step, ceil(max / step) * step;
/// decimals = max(-floor(log10 step), 0).
/// </remarks>
public static class NiceTicks
{
    /// <summary>About six ticks: enough to read a value, few enough for labels to breathe at 960 px.</summary>
    public const int DefaultTargetCount = 6;

    /// <summary>Heckbert's thresholds for rounding a fraction to 1, 2, 5 or 10 (geometric midpoints).</summary>
    private const double RoundTo1 = 1.5, RoundTo2 = 3, RoundTo5 = 7;

    public static NiceScale Compute(double min, double max, int targetCount = DefaultTargetCount)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentException($"The range must be finite, got [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}].");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(targetCount, 2);
        if (min > max)
        {
            (min, max) = (max, min);
        }

        if (min == max)
        {
            // A single value still needs an axis around it: widen by 10% of its magnitude, or by 1 around zero.
            var pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
            (min, max) = (min - pad, max + pad);
        }

        var range = NiceNumber(max - min, round: false);
        var step = NiceNumber(range / (targetCount - 1), round: true);
        var low = Math.Floor(min / step) * step;
        var high = Math.Ceiling(max / step) * step;
        var decimals = Math.Max(-(int)Math.Floor(Math.Log10(step)), 0);
        var count = (int)Math.Round((high - low) / step);
        var ticks = new Tick[count + 1];
        for (var i = 0; i <= count; i++)
        {
            // Multiply rather than accumulate: repeated addition drifts (0.1 + 0.2 != 0.3).
            var value = Math.Round(low + (i * step), decimals + 1);
            ticks[i] = new Tick(value, Format(value, decimals));
        }

        return new NiceScale(low, high, step, ticks);
    }

    /// <summary>Heckbert's nicenum: a 1, 2, 5 or 10 multiple of a power of ten near <paramref name="x"/>.</summary>
    public static double NiceNumber(double x, bool round)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(x);
        var exponent = Math.Floor(Math.Log10(x));
        var power = Math.Pow(10, exponent);
        var fraction = x / power;
        double nice = round
            ? fraction < RoundTo1 ? 1 : fraction < RoundTo2 ? 2 : fraction < RoundTo5 ? 5 : 10
            : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private static string Format(double value, int decimals)
    {
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        // "-0" reads as a different number from "0".
        return text.TrimStart('-').Trim('0', '.').Length == 0 ? text.TrimStart('-') : text;
    }
}

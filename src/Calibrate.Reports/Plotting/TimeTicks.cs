using System.Globalization;

namespace Calibrate.Reports.Plotting;

/// <summary>
/// Ticks for a UTC time axis. Decimal nice numbers make no sense for hours and days, so the step is the smallest on a
/// calendar ladder (1 h, 3 h, 6 h, 12 h, 1 d, 2 d, 7 d, 14 d, 30 d, 91 d, 365 d) that gives at most the target count;
/// the same idea as <see cref="NiceTicks"/> with the ladder of the clock instead of 1-2-5.
/// </summary>
public static class TimeTicks
{
    public const int DefaultTargetCount = 7;

    private static readonly TimeSpan[] Ladder =
    [
        TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12),
        TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(7), TimeSpan.FromDays(14),
        TimeSpan.FromDays(30), TimeSpan.FromDays(91), TimeSpan.FromDays(365),
    ];

    public static NiceScale Compute(DateTimeOffset from, DateTimeOffset to, int targetCount = DefaultTargetCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(targetCount, 2);
        if (to < from)
        {
            (from, to) = (to, from);
        }

        var min = from.ToUnixTimeSeconds();
        var max = Math.Max(to.ToUnixTimeSeconds(), min + 1);
        var span = max - min;
        var step = Ladder.FirstOrDefault(s => span / s.TotalSeconds <= targetCount - 1, Ladder[^1]);
        var stepSeconds = (long)step.TotalSeconds;
        var low = FloorTo(min, stepSeconds);
        var high = -FloorTo(-max, stepSeconds);
        var format = step < TimeSpan.FromDays(1) ? "MM-dd HH:mm" : step < TimeSpan.FromDays(30) ? "yyyy-MM-dd" : "yyyy-MM";
        var ticks = new List<Tick>();
        for (var t = low; t <= high; t += stepSeconds)
        {
            var label = DateTimeOffset.FromUnixTimeSeconds(t).ToString(format, CultureInfo.InvariantCulture);
            ticks.Add(new Tick(t, label));
        }

        return new NiceScale(low, high, stepSeconds, ticks);
    }

    // Steps of a day or more start at midnight UTC; weeks and months are close enough to "every 7 / 30 days from epoch".
    private static long FloorTo(long value, long step) => (long)Math.Floor((double)value / step) * step;
}

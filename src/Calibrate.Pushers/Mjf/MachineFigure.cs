using Calibrate.Core.Results;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Mjf;

/// <summary>
/// The machine's HS06 and the processors it is shared among: from a stored result, or as this node published them in
/// $MACHINEFEATURES (`hs06`, `total_cpu`, written by `push mjf`), which is what a job's prolog reads.
/// </summary>
public sealed record MachineFigure
{
    public required double Hs06 { get; init; }

    public required int TotalCpu { get; init; }

    /// <summary>Where the figure comes from, for the plan's one-line subject.</summary>
    public required string Source { get; init; }

    public static MachineFigure Of(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new() { Hs06 = EstimateRequirement.Of(result).Value, TotalCpu = PublishGate.LogicalCpus(result), Source = EstimateRequirement.Describe(result) };
    }

    /// <summary>The figure published in <paramref name="directory"/>; null when it holds no hs06 or no total_cpu (hs06_job then cannot be known).</summary>
    public static MachineFigure? Published(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var hs06 = Key(directory, MjfKeys.Hs06);
        var total = Key(directory, MjfKeys.TotalCpu);
        if (hs06 is null || total is null)
        {
            return null;
        }

        if (!PlainNumber.TryParse(hs06, out var value) || value <= 0)
        {
            throw new PushConfigException($"{Path.Combine(directory, MjfKeys.Hs06)} holds '{hs06}', not a positive number");
        }

        if (!int.TryParse(total, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var cpus) || cpus < 1)
        {
            throw new PushConfigException($"{Path.Combine(directory, MjfKeys.TotalCpu)} holds '{total}', not a whole number of at least 1");
        }

        return new() { Hs06 = value, TotalCpu = cpus, Source = directory };
    }

    // Readers strip one trailing newline (integration.md 1.5); so does this one, and surrounding blanks.
    private static string? Key(string directory, string key) =>
        FileChange.ReadCurrent(Path.Combine(directory, key)) is { } text ? text.Trim() : null;
}

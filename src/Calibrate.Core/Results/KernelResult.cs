using System.Text.Json.Serialization;
using Calibrate.Core.Json;

namespace Calibrate.Core.Results;

/// <summary>One kernel in one copy: every timed sample, the reference time and the resulting score.</summary>
public sealed record KernelResult
{
    public required string Kernel { get; init; }

    /// <summary>
    /// Reference seconds for one unit of the kernel's work (results stored before units were cut from iterations
    /// hold the iteration's): the kernel's score is reference / measured, so scores compare across the change.
    /// </summary>
    public required double ReferenceSeconds { get; init; }

    /// <summary>Units of work each sample timed (1 for results measured before samples were made of units).</summary>
    public int UnitsPerSample { get; init; } = 1;

    /// <summary>Seconds per unit of every timed sample, in order, grouped by repetition.</summary>
    [JsonConverter(typeof(SampleSecondsJsonConverter))]
    public required IReadOnlyList<IReadOnlyList<double>> Repetitions { get; init; }

    /// <summary>The median over repetitions of each repetition's median sample time.</summary>
    public required double Seconds { get; init; }

    public required double Score { get; init; }

    /// <summary>True when every unit's output matched the kernel's known checksum.</summary>
    public required bool Verified { get; init; }
}

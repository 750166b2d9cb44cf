using Calibrate.Core.Running;

namespace Calibrate.Agent.Running;

/// <summary>How long each profile measures and how its samples are grouped.</summary>
public sealed record ProfileSettings(Profile Profile, TimeSpan MeasureBudget, int Repetitions, TimeSpan WallLimit)
{
    /// <summary>
    /// The time a sample aims at on any node: units of work are added to a sample until it takes about this long, so a
    /// 52 s quick run holds about 130 samples of each of the nine kernels on a node of the reference machine's speed
    /// and at least 45 (what an interval needs) on one five times slower, where every sample is one unit; a sample
    /// stays long against the timer and the collection before an allocating kernel's sample. 40 ms since 2026-12-02
    /// (60 ms before, with units twice as long for six kernels): see README, "Precision on slow and noisy nodes".
    /// </summary>
    public TimeSpan SampleTarget { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>Whether every copy runs the same kernel at the same moment, round by round (see the worker).</summary>
    public bool Lockstep { get; init; } = true;

    /// <summary>
    /// quick: the boot profile, at most 60 s of wall time on any node. 52 s of measurement leaves 8 s for process
    /// start, input generation and warm-up (1.6 s on the development machine); on a slower node the wall limit cuts
    /// the measurement short rather than overrun (MultiCopyRunner's hard deadline). The precision scales as 1/sqrt of
    /// the measured time, so the whole minute is used.
    /// </summary>
    public static ProfileSettings Quick { get; } = new(Profile.Quick, TimeSpan.FromSeconds(52), 1, TimeSpan.FromSeconds(60));

    /// <summary>standard: about 5 minutes.</summary>
    public static ProfileSettings Standard { get; } = new(Profile.Standard, TimeSpan.FromSeconds(285), 1, TimeSpan.FromSeconds(330));

    /// <summary>full: three repetitions of every kernel, the median of each, as HS06's run rule.</summary>
    public static ProfileSettings Full { get; } = new(Profile.Full, TimeSpan.FromSeconds(450), 3, TimeSpan.FromSeconds(510));

    public static ProfileSettings For(Profile profile) => profile switch
    {
        Profile.Quick => Quick,
        Profile.Standard => Standard,
        Profile.Full => Full,
        _ => throw new ArgumentOutOfRangeException(nameof(profile)),
    };
}

using Calibrate.Core.Quality;

namespace Calibrate.Statistics.Quality;

/// <summary>The conclusions about one run, and whether any of them makes it unfit to publish (an error).</summary>
public sealed record QualityVerdict(IReadOnlyList<Conclusion> Conclusions, bool Disturbed);

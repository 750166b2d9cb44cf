namespace Calibrate.Core.Quality;

/// <summary>A structured finding of an analyser, stored with the result (e.g. code "steal", "outlier-copy").</summary>
public sealed record Conclusion(Severity Severity, string Code, string Message);

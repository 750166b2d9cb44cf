namespace Calibrate.Core.Quality;

/// <summary>How much a conclusion matters: errors make a result unfit to publish.</summary>
public enum Severity
{
    Hint,
    Warning,
    Error,
}

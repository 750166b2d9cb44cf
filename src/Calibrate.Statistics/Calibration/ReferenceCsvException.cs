namespace Calibrate.Statistics.Calibration;

/// <summary>refs.csv is unusable; <see cref="Line"/> is the 1-based line at fault (0 for the file as a whole).</summary>
public sealed class ReferenceCsvException : FormatException
{
    public ReferenceCsvException()
    {
    }

    public ReferenceCsvException(string message)
        : base(message)
    {
    }

    public ReferenceCsvException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReferenceCsvException(int line, string message)
        : base(line > 0 ? $"refs.csv line {line}: {message}" : $"refs.csv: {message}") => Line = line;

    public int Line { get; }
}

namespace Calibrate.Statistics.Priors;

/// <summary>An HS23 table is unusable; the message names the file and <see cref="Line"/> (0 for the file as a whole).</summary>
public sealed class Hs23TableException : FormatException
{
    public Hs23TableException()
    {
    }

    public Hs23TableException(string message)
        : base(message)
    {
    }

    public Hs23TableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Hs23TableException(string file, int line, string message)
        : base(line > 0 ? $"{file} line {line}: {message}" : $"{file}: {message}") => Line = line;

    public int Line { get; }
}

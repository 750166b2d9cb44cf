namespace Calibrate.Reports.Rendering;

/// <summary>
/// No font to draw chart text with. ScottPlot draws no text at all without one and says nothing, so a chart would come
/// out without title, ticks or labels; this stops the drawing instead. An <see cref="IOException"/>: a file that should
/// be on disk is missing or unreadable, and commands report it as one line like any other such error.
/// </summary>
public sealed class NoUsableFontException : IOException
{
    public NoUsableFontException()
    {
    }

    public NoUsableFontException(string message)
        : base(message)
    {
    }

    public NoUsableFontException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Calibrate.Cli.Infrastructure;

/// <summary>
/// Progress of long work on stderr: one line rewritten in place on a terminal; otherwise a plain line at most every
/// 10 s (or when the caller forces one), so logs and the journal stay readable. stdout is left for the result.
/// </summary>
public sealed class StatusLine
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(10);
    private readonly CliContext _context;
    private TimeSpan _lastPlain;
    private int _width;

    public StatusLine(CliContext context) => _context = context;

    /// <param name="elapsed">Time since the work began, which spaces the plain lines.</param>
    /// <param name="text">Built only when a line is written.</param>
    /// <param name="force">Write a plain line now (a new phase, say), whatever the interval.</param>
    public void Show(TimeSpan elapsed, Func<string> text, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_context.ErrorIsTerminal)
        {
            var line = text();
            _context.Error.Write("\r" + line.PadRight(_width));
            _context.Error.Flush();
            _width = line.Length;
            return;
        }

        if (force || elapsed - _lastPlain >= PlainInterval)
        {
            _lastPlain = elapsed;
            _context.Error.WriteLine(text());
        }
    }

    /// <summary>Clears the line drawn in place, before the report that follows it.</summary>
    public void Clear()
    {
        if (_width > 0)
        {
            _context.Error.Write("\r" + new string(' ', _width) + "\r");
            _context.Error.Flush();
            _width = 0;
        }
    }
}

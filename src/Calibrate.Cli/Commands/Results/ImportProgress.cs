using System.Diagnostics;
using System.Globalization;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Results;

/// <summary>
/// Progress of a long import on stderr: one line rewritten in place on a terminal (every 1,000 files), otherwise a plain
/// line every 10 s, so logs stay readable. Imports of one batch or less say nothing until their report.
/// </summary>
internal sealed class ImportProgress
{
    private const int TerminalEvery = 1000;
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(10);

    private readonly CliContext _context;
    private readonly int _files;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastPlain;
    private int _width;

    public ImportProgress(CliContext context, int files)
    {
        _context = context;
        _files = files;
    }

    /// <summary>Counts the results as the store takes them.</summary>
    public IEnumerable<T> Track<T>(IEnumerable<T> items)
    {
        var read = 0;
        foreach (var item in items)
        {
            yield return item;
            Report(++read);
        }
    }

    public void Finish()
    {
        if (_width > 0)
        {
            _context.Error.Write("\r" + new string(' ', _width) + "\r");
            _context.Error.Flush();
        }
    }

    private void Report(int read)
    {
        if (_files <= TerminalEvery)
        {
            return;
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"calibrate: importing: {read:N0} of {_files:N0} files read, {_clock.Elapsed.TotalSeconds:F0} s");
        if (_context.ErrorIsTerminal)
        {
            if (read % TerminalEvery == 0)
            {
                _context.Error.Write("\r" + text.PadRight(_width));
                _context.Error.Flush();
                _width = text.Length;
            }
        }
        else if (_clock.Elapsed - _lastPlain >= PlainInterval)
        {
            _lastPlain = _clock.Elapsed;
            _context.Error.WriteLine(text);
        }
    }
}

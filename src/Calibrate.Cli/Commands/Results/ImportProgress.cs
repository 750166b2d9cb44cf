using System.Diagnostics;
using System.Globalization;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Results;

/// <summary>
/// Progress of a long import on the <see cref="StatusLine"/>: redrawn every 1,000 files on a terminal. Imports of
/// 1,000 files or fewer say nothing until their report.
/// </summary>
internal sealed class ImportProgress
{
    private const int TerminalEvery = 1000;

    private readonly bool _terminal;
    private readonly StatusLine _status;
    private readonly int _files;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ImportProgress(CliContext context, int files)
    {
        _terminal = context.ErrorIsTerminal;
        _status = new StatusLine(context);
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

    public void Finish() => _status.Clear();

    private void Report(int read)
    {
        if (_files <= TerminalEvery || (_terminal && read % TerminalEvery != 0))
        {
            return;
        }

        _status.Show(_clock.Elapsed, () => string.Create(CultureInfo.InvariantCulture, $"calibrate: importing: {read:N0} of {_files:N0} files read, {_clock.Elapsed.TotalSeconds:F0} s"));
    }
}

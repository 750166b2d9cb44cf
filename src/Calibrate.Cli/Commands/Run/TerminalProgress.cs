using System.Globalization;
using Calibrate.Agent.Running;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Run;

/// <summary>
/// Progress on stderr: one line rewritten in place on a terminal; otherwise a plain line every 10 s, so logs and
/// the journal stay readable. stdout is left for the result.
/// </summary>
public sealed class TerminalProgress : IProgress<RunProgress>
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(10);
    private readonly CliContext _context;
    private TimeSpan _lastPlain = TimeSpan.MinValue;
    private string? _lastPhase;
    private int _lastWidth;

    public TerminalProgress(CliContext context) => _context = context;

    public void Report(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = Describe(value);
        if (_context.ErrorIsTerminal)
        {
            var padded = text.PadRight(_lastWidth);
            _lastWidth = text.Length;
            _context.Error.Write("\r" + padded);
            _context.Error.Flush();
            return;
        }

        if (value.Phase != _lastPhase || value.Elapsed - _lastPlain >= PlainInterval)
        {
            _lastPhase = value.Phase;
            _lastPlain = value.Elapsed;
            _context.Error.WriteLine(text);
        }
    }

    public void Finish()
    {
        if (_context.ErrorIsTerminal && _lastWidth > 0)
        {
            _context.Error.Write("\r" + new string(' ', _lastWidth) + "\r");
            _context.Error.Flush();
        }
    }

    public static string Describe(RunProgress p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (p.Phase == "starting")
        {
            return string.Create(CultureInfo.InvariantCulture, $"calibrate: starting {p.Copies} copies, {p.ReadyCopies} ready (input generation and warm-up)");
        }

        var left = p.Budget - p.Elapsed;
        var precision = p.RelativeHalfWidth is { } h ? ", ±" + Formats.Percent(h) : "";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"calibrate: measuring {p.Copies} copies, {p.Samples} samples{precision}, {Math.Max(0, left.TotalSeconds):F0} s left");
    }
}

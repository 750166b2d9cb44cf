using System.Globalization;
using Calibrate.Agent.Running;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Text;

namespace Calibrate.Cli.Commands.Run;

/// <summary>Progress of a run on the <see cref="StatusLine"/>: a plain line at least at every change of phase.</summary>
public sealed class TerminalProgress : IProgress<RunProgress>
{
    private readonly StatusLine _status;
    private string? _lastPhase;

    public TerminalProgress(CliContext context) => _status = new StatusLine(context);

    public void Report(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var newPhase = value.Phase != _lastPhase;
        _lastPhase = value.Phase;
        _status.Show(value.Elapsed, () => Describe(value), force: newPhase);
    }

    public void Finish() => _status.Clear();

    public static string Describe(RunProgress p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (p.Phase == "starting")
        {
            return string.Create(CultureInfo.InvariantCulture, $"calibrate: starting {p.Copies} copies, {p.ReadyCopies} ready (input generation and warm-up)");
        }

        var left = p.Budget - p.Elapsed;
        var precision = p.RelativeHalfWidth is { } h ? ", ±" + DisplayFormat.Percent(h) : "";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"calibrate: measuring {p.Copies} copies, {p.Samples} samples{precision}, {Math.Max(0, left.TotalSeconds):F0} s left");
    }
}

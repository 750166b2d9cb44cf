using Calibrate.Agent.Running;
using Calibrate.Cli.Infrastructure;
using Spectre.Console;

namespace Calibrate.Cli.Commands.Run;

/// <summary>
/// Progress of a run on stderr. On a terminal, a live Spectre.Console view (<see cref="RunProgressView"/>: copies,
/// each kernel's samples, time left, precision), redrawn four times a second and cleared before the summary. Off a
/// terminal (a log, the journal, a job's output) a plain line at each phase change and at most every 10 s.
/// </summary>
public sealed class TerminalProgress : IProgress<RunProgress>, IDisposable
{
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(250);
    private readonly CliContext _context;
    private readonly StatusLine _plain;
    private readonly CancellationTokenSource _done = new();
    private RunProgress? _latest;
    private string? _lastPhase;
    private Task? _live;

    public TerminalProgress(CliContext context)
    {
        _context = context;
        _plain = new StatusLine(context);
    }

    public void Report(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_context.ErrorIsTerminal)
        {
            Volatile.Write(ref _latest, value);
            _live ??= Task.Run(LiveAsync);
            return;
        }

        var newPhase = value.Phase != _lastPhase;
        _lastPhase = value.Phase;
        _plain.Show(value.Elapsed, () => RunProgressView.Headline(value), force: newPhase);
    }

    /// <summary>Stops and clears the live view; call it on every exit path, before anything else is printed.</summary>
    public void Finish()
    {
        _done.Cancel();
        _live?.GetAwaiter().GetResult();
        _live = null;
    }

    public void Dispose()
    {
        Finish();
        _done.Dispose();
    }

    private async Task LiveAsync()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_context.Error),
            Ansi = AnsiSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        await console.Live(RunProgressView.Render(Volatile.Read(ref _latest)!))
            .AutoClear(true)
            .Overflow(VerticalOverflow.Ellipsis)
            .StartAsync(async live =>
            {
                while (!_done.IsCancellationRequested)
                {
                    live.UpdateTarget(RunProgressView.Render(Volatile.Read(ref _latest)!));
                    live.Refresh();
                    try
                    {
                        await Task.Delay(Redraw, _done.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        // Finished: the view is cleared as StartAsync returns.
                    }
                }
            });
    }
}

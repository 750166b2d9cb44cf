using Calibrate.Agent.Running;
using Calibrate.Cli.Commands.Run;
using Calibrate.TestSupport.Snapshots;
using Spectre.Console;

namespace Calibrate.Cli.Tests.Run;

/// <summary>The live view a terminal shows during a run, rendered without colour at a fixed width.</summary>
public sealed class RunProgressViewTests
{
    [Test]
    public void Shows_copies_time_left_precision_and_each_kernels_samples()
    {
        var progress = new RunProgress("measuring", 2, 2, 480, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(52), 0.0123)
        {
            KernelSamples = [new("namd", 27), new("dealII", 45), new("soplex", 60)],
            Target = 0.01,
        };
        Snapshot.Match("run-progress-view.txt", () => Render(progress));
    }

    [Test]
    public void While_the_copies_start_it_shows_how_many_are_ready()
    {
        var text = Render(new RunProgress("starting", 4, 1, 0, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(52), null));
        Assert.That(text.Trim(), Is.EqualTo("calibrate: starting 4 copies, 1 ready (input generation and warm-up)"));
    }

    private static string Render(RunProgress progress)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 80;
        console.Write(RunProgressView.Render(progress));
        return output.ToString();
    }
}

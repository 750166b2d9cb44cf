namespace Calibrate.Cli.Commands.Boot;

/// <summary>
/// Writes boot's lines as they happen, flushed one by one, to stdout: under systemd each becomes one journal entry
/// with its own timestamp, and a hang shows as the step that never printed.
/// </summary>
public sealed class BootJournal(TextWriter output)
{
    public void Step(string step, string text)
    {
        output.WriteLine(BootLines.Line(step, text));
        output.Flush();
    }
}

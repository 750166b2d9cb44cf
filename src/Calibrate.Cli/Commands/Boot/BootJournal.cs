using Calibrate.Node.Boot;

namespace Calibrate.Cli.Commands.Boot;

/// <summary>Writes boot's lines as they happen, flushed one by one, to stdout (one journal entry each under systemd).</summary>
public sealed class BootJournal(TextWriter output, string command = "boot") : IBootJournal
{
    public void Record(string stepName, string text)
    {
        output.WriteLine(BootLines.Line(command, stepName, text));
        output.Flush();
    }
}

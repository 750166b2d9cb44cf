using System.Text;
using Calibrate.Node.Boot;

namespace Calibrate.Node.Tests.Boot;

/// <summary>Keeps boot's lines as the CLI prints them (<see cref="BootLines.Line"/>), one per step, for assertions and snapshots.</summary>
internal sealed class RecordingJournal : IBootJournal
{
    private readonly StringBuilder _text = new();

    public string Text => _text.ToString();

    public void Record(string stepName, string text) => _text.Append(BootLines.Line(stepName, text)).Append('\n');
}

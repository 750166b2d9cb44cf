namespace Calibrate.Node.Boot;

/// <summary>
/// Where boot's lines go as they happen (<see cref="BootLines"/> writes their text): the CLI flushes each to stdout, so
/// under systemd each is one journal entry with its own timestamp and a hang shows as the step that never printed.
/// </summary>
public interface IBootJournal
{
    void Record(string stepName, string text);
}

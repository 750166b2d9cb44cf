namespace Calibrate.Cli.Infrastructure;

/// <summary>
/// Reports progress on the reporting thread, in order (System.Progress posts to the thread pool, so two lines could
/// swap places or arrive after the command has printed its result).
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

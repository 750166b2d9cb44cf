using System.Diagnostics;
using System.Globalization;

namespace Calibrate.Platform.Locking;

/// <summary>
/// One measurement per node at a time: `boot`, `run`, `sweep` and fleet jobs hold an exclusive OS lock on one file
/// around measure, store and push, so two of them never share the CPUs (both results would be wrong) nor write the
/// store or the published files at once. The lock is a <see cref="FileShare.None"/> stream (flock LOCK_EX on Linux):
/// the kernel releases it when the holder exits or is killed, so no stale lock survives a crash or a reboot. Who
/// holds it (PID, command, since) is written next to it, for the refusal message.
/// </summary>
public sealed class NodeLock : IDisposable
{
    public const string Variable = "CALIBRATE_LOCK_FILE";
    public const string SystemPath = "/run/calibrate.lock";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _stream;

    private NodeLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    public string Path { get; }

    /// <summary>$CALIBRATE_LOCK_FILE, else /run/calibrate.lock for root (one lock for every calibrate on the node), else the results directory's .calibrate.lock.</summary>
    public static string DefaultPath(Func<string, string?> environment, Func<string, string> resolve, string resultsDirectory)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(resolve);
        if (environment(Variable) is { Length: > 0 } configured)
        {
            return resolve(configured);
        }

        return Environment.IsPrivilegedProcess && Directory.Exists("/run")
            ? SystemPath
            : System.IO.Path.Combine(resultsDirectory, ".calibrate.lock");
    }

    /// <summary>Takes the lock, polling up to <paramref name="wait"/>; throws <see cref="NodeBusyException"/> naming the holder.</summary>
    public static async Task<NodeLock> AcquireAsync(string path, string command, TimeSpan wait, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (TryOpen(path) is { } stream)
            {
                var held = new NodeLock(stream, path);
                held.WriteHolder(command);
                return held;
            }

            if (waited.Elapsed >= wait)
            {
                throw new NodeBusyException(path, ReadHolder(path), wait);
            }

            await Task.Delay(PollInterval, cancellation);
        }
    }

    /// <summary>The holder's line ("pid 1234, calibrate boot, since 2026-11-21T10:00:00Z"), or null when unknown.</summary>
    public static string? ReadHolder(string path)
    {
        try
        {
            var text = File.ReadAllText(HolderPath(path)).Trim();
            return text.Length > 0 ? text : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(HolderPath(Path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The holder note is advisory; the kernel lock below is what matters.
        }

        _stream.Dispose();
    }

    private static string HolderPath(string path) => path + ".holder";

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            // EWOULDBLOCK from flock: another process (or another open in this one) holds it.
            return null;
        }
    }

    private void WriteHolder(string command)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId}, {command}, since {DateTimeOffset.UtcNow:yyyy-MM-dd'T'HH:mm:ss'Z'}\n");
        try
        {
            File.WriteAllText(HolderPath(Path), line);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without the note a refusal cannot name the holder, but the lock still holds.
        }
    }
}

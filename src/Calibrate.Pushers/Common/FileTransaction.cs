using Calibrate.Platform.Files;

namespace Calibrate.Pushers.Common;

/// <summary>
/// Applies a set of file changes as one unit. Each file is replaced atomically (<see cref="AtomicFile"/>: temp file in
/// the same directory, fsync, owner and mode kept, rename, directory fsync). Before the first write every existing
/// file is copied to a backup beside it; if any write fails, the files already replaced are restored from their
/// backups (and files that did not exist are removed), so a failed multi-file change leaves every file as it was.
/// </summary>
public sealed class FileTransaction
{
    /// <summary>rwxr-xr-x for directories we create (HSF-TN-2016-02 readers; quattor and Vac use 0755).</summary>
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private const string BackupSuffix = ".calibrate-backup";

    private readonly Action<string, byte[], UnixFileMode> _write;
    private readonly List<FileChange> _applied = [];
    private readonly List<string> _createdDirectories = [];

    /// <param name="write">The atomic write; tests hand in one that fails on a chosen file.</param>
    public FileTransaction(Action<string, byte[], UnixFileMode>? write = null) =>
        _write = write ?? ((path, bytes, mode) => AtomicFile.WriteAllBytes(path, bytes, mode));

    public IReadOnlyList<FileChange> Applied => _applied;

    /// <summary>Writes every change; on failure restores the files already written and rethrows as <see cref="IOException"/>.</summary>
    public void Apply(IReadOnlyList<FileChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var pending = changes.Where(c => c.IsChange).ToList();
        foreach (var change in pending)
        {
            if (!string.Equals(FileChange.ReadCurrent(change.Path), change.Before, StringComparison.Ordinal))
            {
                throw new PushConfigException($"{change.Path} changed after it was read; nothing was written, run the push again");
            }
        }

        // What a push killed mid-write left beside these files (its backups, AtomicFile's temporaries) goes once this
        // push has brought every file to its new content: the files' readers list the directory (MJF).
        var leftovers = changes.Select(c => BackupOf(c.Path)).Where(File.Exists).ToList();
        var backups = pending.Count > 1 ? WriteBackups(pending) : [];
        try
        {
            foreach (var change in pending)
            {
                EnsureDirectory(Path.GetDirectoryName(Path.GetFullPath(change.Path))!);
                _write(change.Path, FileChange.Encoding.GetBytes(change.After), change.NewFileMode);
                _applied.Add(change);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            var failed = pending.Count > _applied.Count ? pending[_applied.Count].Path : "a file";
            Rollback();
            throw new IOException($"could not write {failed} ({error.Message}); every file was left as it was", error);
        }
        finally
        {
            foreach (var backup in backups)
            {
                TryDelete(backup);
            }
        }

        leftovers.ForEach(TryDelete);
        RemoveStaleTemporaries(changes);
    }

    /// <summary>
    /// Removes what a push killed mid-write left beside files that already hold their new content (its backups, AtomicFile's
    /// temporaries of a dead writer): the next push of the same values has nothing to write, yet must not leave them.
    /// </summary>
    public static void RemoveLeftovers(IReadOnlyList<FileChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var backup in changes.Where(c => !c.IsChange).Select(c => BackupOf(c.Path)).Where(File.Exists))
        {
            TryDelete(backup);
        }

        RemoveStaleTemporaries(changes);
    }

    // A push killed while writing a backup leaves that backup's temporary too (`..NAME.calibrate-backup.PID.ID.tmp`).
    private static void RemoveStaleTemporaries(IReadOnlyList<FileChange> changes)
    {
        foreach (var change in changes)
        {
            AtomicFile.RemoveStaleTemporaries(change.Path);
            AtomicFile.RemoveStaleTemporaries(BackupOf(change.Path));
        }
    }

    private static string BackupOf(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + BackupSuffix);
    }

    /// <summary>Restores every file this transaction wrote (e.g. when the target's configuration check fails).</summary>
    public void Rollback()
    {
        for (var i = _applied.Count - 1; i >= 0; i--)
        {
            var change = _applied[i];
            if (change.Before is null)
            {
                TryDelete(change.Path);
            }
            else
            {
                _write(change.Path, FileChange.Encoding.GetBytes(change.Before), change.NewFileMode);
            }
        }

        _applied.Clear();
        for (var i = _createdDirectories.Count - 1; i >= 0; i--)
        {
            if (Directory.Exists(_createdDirectories[i]) && !Directory.EnumerateFileSystemEntries(_createdDirectories[i]).Any())
            {
                Directory.Delete(_createdDirectories[i]);
            }
        }

        _createdDirectories.Clear();
    }

    // The backups are a copy on disk, beside each file, so that an operator can restore by hand if this process dies
    // between two renames; they are written before any target so a full disk or a read-only directory fails first.
    private List<string> WriteBackups(IReadOnlyList<FileChange> pending)
    {
        var written = new List<string>();
        try
        {
            foreach (var change in pending.Where(c => c.Before is not null))
            {
                var backup = BackupOf(change.Path);
                _write(backup, FileChange.Encoding.GetBytes(change.Before!), UnixFileMode.UserRead | UnixFileMode.UserWrite);
                written.Add(backup);
            }

            return written;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            written.ForEach(TryDelete);
            throw new IOException($"could not back up the files before changing them ({error.Message}); nothing was changed", error);
        }
    }

    private void EnsureDirectory(string directory)
    {
        if (Directory.Exists(directory))
        {
            return;
        }

        EnsureDirectory(Path.GetDirectoryName(directory)!);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            // Set explicitly afterwards: mkdir(2) applies the umask to the mode it is given.
            Directory.CreateDirectory(directory, DirectoryMode);
            File.SetUnixFileMode(directory, DirectoryMode);
        }

        _createdDirectories.Add(directory);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

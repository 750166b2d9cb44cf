using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Calibrate.Platform.Files;

/// <summary>
/// Replaces a file so that readers see either the old or the new content, never a mix or a truncated file, even if
/// the machine crashes: the new content goes to a temporary file in the same directory, is flushed to disk (fsync),
/// takes the old file's mode and owner, and is renamed over the target (rename(2) is atomic within a file system);
/// then the directory is fsynced so the rename itself survives a crash. The temporary file is named
/// `.NAME.PID.ID.tmp`: hidden, and ending in neither the target's name nor its extension, so readers that pick files by
/// name or suffix (node_exporter reads `*.prom`) never see it; one left by a writer killed between creating and renaming
/// it is removed by the next write of the same file.
/// Only a regular file (or nothing) is replaced: a device (`/dev/full`), a directory, a FIFO or a socket at the path is
/// refused with <see cref="NotAReplaceableFileException"/>, and so is a symbolic link, because renaming over the link
/// would silently turn it into a file and writing through it would let whoever placed the link choose what calibrate
/// overwrites (a link in a shared spool pointing at /etc/passwd). Give the link's target instead.
/// </summary>
public static partial class AtomicFile
{
    private const string TempSuffix = ".tmp";

    /// <summary>Mode of a file that did not exist before (rw-r--r--), as MJF and batch-system files expect.</summary>
    public const UnixFileMode DefaultMode =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    public static void WriteAllText(string path, string content, UnixFileMode? newFileMode = null) =>
        WriteAllBytes(path, new UTF8Encoding(false).GetBytes(content), newFileMode);

    public static void WriteAllBytes(string path, byte[] content, UnixFileMode? newFileMode = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? throw new ArgumentException($"{path} has no directory", nameof(path));
        var existed = EnsureReplaceable(full);
        RemoveStaleTemporaries(directory, Path.GetFileName(full));
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (OperatingSystem.IsWindows())
            {
                // No Unix modes or owners to keep.
            }
            else if (existed)
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
                CopyOwner(full, temp);
            }
            else
            {
                File.SetUnixFileMode(temp, newFileMode ?? DefaultMode);
            }

            File.Move(temp, full, overwrite: true);
            SyncDirectory(directory);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Removes the temporary files of <paramref name="path"/> whose writer is gone: `.NAME.PID.ID.tmp` where PID is no
    /// running process (SIGKILL or a crash between create and rename). A temporary file of a writer still running (this
    /// process, or another writing the same file now) is left alone. Best effort: a file that cannot be removed stays.
    /// </summary>
    public static void RemoveStaleTemporaries(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } directory && Directory.Exists(directory))
        {
            RemoveStaleTemporaries(directory, Path.GetFileName(full));
        }
    }

    /// <summary>
    /// Removes the temporaries whose writer is gone of every file in <paramref name="directory"/> whose name ends in
    /// <paramref name="suffix"/> (".json"; "" for every file): for a directory where each write makes a file of a new
    /// name (a result file per run, named by its id; an LSF spool entry per host), where no later write of the same name
    /// would remove what a killed writer left.
    /// </summary>
    public static void RemoveStaleTemporariesOf(string directory, string suffix)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(suffix);
        if (Directory.Exists(directory))
        {
            RemoveStale(directory, $".*{suffix}.*{TempSuffix}", name => name.EndsWith(suffix, StringComparison.Ordinal));
        }
    }

    private static void RemoveStaleTemporaries(string directory, string name) =>
        RemoveStale(directory, $".{name}.*{TempSuffix}", candidate => candidate == name);

    /// <summary>The temporaries matching <paramref name="pattern"/> whose target's name passes <paramref name="names"/> and whose writer is gone.</summary>
    private static void RemoveStale(string directory, string pattern, Func<string, bool> names)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            // Hidden files included (.NET counts a leading dot as hidden), the pattern as written (no Win32 quirks).
            var options = new EnumerationOptions { MatchType = MatchType.Simple, AttributesToSkip = 0, IgnoreInaccessible = true };
            foreach (var path in Directory.EnumerateFiles(directory, pattern, options))
            {
                if (ParseTemporary(Path.GetFileName(path)) is { } temporary && names(temporary.Name) && WriterIsGone(temporary.Pid))
                {
                    TryDelete(path);
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Best effort: the write itself reports a directory it cannot use.
        }
    }

    /// <summary>`.NAME.PID.ID.tmp`, read from the end (NAME may hold dots of its own, PID and ID do not); null for anything else.</summary>
    private static (string Name, int Pid)? ParseTemporary(string file)
    {
        if (!file.StartsWith('.') || !file.EndsWith(TempSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        var stem = file[..^TempSuffix.Length];
        var idDot = stem.LastIndexOf('.');
        var pidDot = idDot > 1 ? stem.LastIndexOf('.', idDot - 1) : -1;
        return pidDot > 1 && int.TryParse(stem.AsSpan(pidDot + 1, idDot - pidDot - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            ? (stem[1..pidDot], pid)
            : null;
    }

    private static bool WriterIsGone(int pid) =>
        pid != Environment.ProcessId && !Directory.Exists(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}"));

    /// <summary>
    /// Whether a regular file is at the path (false when nothing is); throws <see cref="NotAReplaceableFileException"/>
    /// for anything else. The path itself is examined, not what a link points to (lstat semantics).
    /// </summary>
    public static bool EnsureReplaceable(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            throw new NotAReplaceableFileException($"{full} is a symbolic link; calibrate replaces only regular files (give the link's target)");
        }

        if (Directory.Exists(full))
        {
            throw new NotAReplaceableFileException($"{full} is a directory, not a file");
        }

        if (!info.Exists)
        {
            return false;
        }

        if (OperatingSystem.IsLinux() && FileType(full) is { } type && type != RegularFile)
        {
            throw new NotAReplaceableFileException($"{full} is {Describe(type)}, not a regular file; calibrate will not replace it");
        }

        return true;
    }

    /// <summary>
    /// What the path is when it is there but not a regular file ("a directory", "a character device"), following links,
    /// as readers ask before reading a file whole (/dev/zero never ends); null for a regular file or nothing.
    /// </summary>
    public static string? NonRegularKind(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return "a directory";
        }

        return OperatingSystem.IsLinux() && File.Exists(path) && FileType(Path.GetFullPath(path), followLinks: true) is { } type && type != RegularFile
            ? Describe(type)
            : null;
    }

    private const ushort FileTypeMask = 0xF000;
    private const ushort RegularFile = 0x8000;

    private static string Describe(ushort type) => type switch
    {
        0x2000 => "a character device",
        0x6000 => "a block device",
        0x1000 => "a FIFO",
        0xC000 => "a socket",
        _ => "something other than a regular file",
    };

    /// <summary>The path's own file type (S_IFMT bits of stx_mode, not following a link), or null if statx fails.</summary>
    private static ushort? FileType(string path, bool followLinks = false)
    {
        var buffer = new byte[256];
        const int AtFdCwd = -100, AtSymlinkNoFollow = 0x100;
        const uint StatxType = 0x1;
        if (statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            return null;
        }

        // struct statx: ... stx_gid(4) at 24, stx_mode(2) at 28.
        return (ushort)(BitConverter.ToUInt16(buffer, 28) & FileTypeMask);
    }

    private static void CopyOwner(string from, string to)
    {
        if (!OperatingSystem.IsLinux() || !OwnerOf(from, out var uid, out var gid))
        {
            return;
        }

        // Only root may give a file away; for anyone else the new file already has their own ownership.
        _ = chown(to, uid, gid);
    }

    private static void SyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fd = open(directory, 0 /* O_RDONLY */);
        if (fd >= 0)
        {
            _ = fsync(fd);
            _ = close(fd);
        }
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

    private static bool OwnerOf(string path, out uint uid, out uint gid)
    {
        // .NET has no stat owner API; `statx`'s layout is stable across architectures (man 2 statx).
        var buffer = new byte[256];
        const int AtFdCwd = -100;
        const uint StatxUid = 0x8, StatxGid = 0x10;
        if (statx(AtFdCwd, path, 0, StatxUid | StatxGid, buffer) != 0)
        {
            uid = gid = 0;
            return false;
        }

        // struct statx: stx_mask(4) stx_blksize(4) stx_attributes(8) stx_nlink(4) stx_uid(4) stx_gid(4)
        uid = BitConverter.ToUInt32(buffer, 20);
        gid = BitConverter.ToUInt32(buffer, 24);
        return true;
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int statx(int dirfd, string path, int flags, uint mask, byte[] buffer);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int chown(string path, uint owner, uint group);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fsync(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int close(int fd);
}

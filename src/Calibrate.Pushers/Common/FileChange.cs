using System.Text;
using Calibrate.Platform.Files;

namespace Calibrate.Pushers.Common;

/// <summary>
/// One planned file replacement: the content read when planning (null when the file did not exist) and the content to
/// write. Text is Latin-1 so that every byte of a site's file, valid UTF-8 or not, survives the round trip unchanged.
/// </summary>
public sealed record FileChange(string Path, string? Before, string After, UnixFileMode NewFileMode)
{
    /// <summary>rw-r--r--: MJF files (HSF-TN-2016-02: readable by the job user and the provider's services) and configs.</summary>
    public const UnixFileMode DefaultMode =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>Byte-preserving: one char per byte.</summary>
    public static Encoding Encoding => Encoding.Latin1;

    /// <summary>Text to be written as UTF-8 (Prometheus' format is UTF-8), in this record's one-char-per-byte form.</summary>
    public static string FromUtf8(string text) => Encoding.GetString(System.Text.Encoding.UTF8.GetBytes(text));

    public bool IsChange => !string.Equals(Before, After, StringComparison.Ordinal);

    /// <summary>
    /// Reads a file for planning: its text, or null if it does not exist. What the write would refuse (a link, a FIFO, a
    /// device, a directory: <see cref="AtomicFile.EnsureReplaceable"/>) is refused before it is read, so that a FIFO does
    /// not hang the push, /dev/zero does not fill memory, and a dry run never shows the file a planted link points to.
    /// </summary>
    public static string? ReadCurrent(string path) => AtomicFile.EnsureReplaceable(path) ? File.ReadAllText(path, Encoding) : null;
}

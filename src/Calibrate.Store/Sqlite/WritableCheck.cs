using System.Runtime.InteropServices;

namespace Calibrate.Store.Sqlite;

/// <summary>
/// Whether this process may write a path, asked of the kernel with access(2): unlike the mode bits it also answers
/// for root on a read-only mount (EROFS) or an immutable directory (chattr +i, EPERM).
/// </summary>
internal static partial class WritableCheck
{
    private const int WriteOk = 2;

    public static bool CanWrite(string path) => !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() || access(path, WriteOk) == 0;

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int access(string path, int mode);
}

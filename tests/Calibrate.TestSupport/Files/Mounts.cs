using System.Diagnostics;
using Calibrate.TestSupport.Services;

namespace Calibrate.TestSupport.Files;

/// <summary>
/// Real file-system faults for the fault tests: a tiny tmpfs (disk full) and a read-only tmpfs (a directory even root
/// cannot write: chmod does not stop root, a read-only mount does). Needs root and mount(8); tests that use it are
/// ignored where mounting is not possible, and fail under CI=true, where it must be.
/// </summary>
public static class Mounts
{
    public static void Tmpfs(string directory, string options)
    {
        Directory.CreateDirectory(directory);
        if (!Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", directory))
        {
            Required.Missing("cannot mount a tmpfs here: the fault tests need root and mount(8)");
        }
    }

    /// <summary>
    /// A read-only tmpfs at <paramref name="directory"/> holding <paramref name="files"/> (name to text), unmounted when
    /// the returned value is disposed: a directory nothing can be written to, whatever the user.
    /// </summary>
    public static IDisposable ReadOnly(string directory, IReadOnlyDictionary<string, string>? files = null)
    {
        Tmpfs(directory, "size=64k");
        foreach (var (name, text) in files ?? new Dictionary<string, string>())
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }

        Remount(directory, "ro");
        return new Unmounting(directory);
    }

    public static void Remount(string directory, string options) =>
        Assert.That(Run("mount", "-o", "remount," + options, directory), Is.True, $"remount {directory} {options}");

    public static void Unmount(string directory) => Run("umount", directory);

    private sealed class Unmounting(string directory) : IDisposable
    {
        public void Dispose() => Unmount(directory);
    }

    private static bool Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

using System.Diagnostics;
using Calibrate.Platform.Files;
using Calibrate.TestSupport.Files;

namespace Calibrate.Platform.Tests.Files;

/// <summary>
/// The atomic writer replaces only a regular file or nothing: devices, directories, FIFOs and symbolic links at an
/// output path are refused and left as they were, with no temporary file beside them (issue 15, defect 2).
/// </summary>
public sealed class OutputPathTests
{
    [Test]
    public void A_character_device_is_refused_and_stays_a_device()
    {
        // A null device of its own (mknod needs root), not /dev/null: before the fix the rename replaced the device
        // node with a regular file, which a test must not do to the machine's /dev/null.
        Assume.That(Environment.IsPrivilegedProcess, "only root can make a device node");
        using var dir = new TempDirectory();
        var device = dir.Combine("full");
        Run("mknod", device, "c", "1", "7");
        var error = Assert.Throws<NotAReplaceableFileException>(() => AtomicFile.WriteAllText(device, "x"));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("character device"));
            Assert.That(IsCharacterDevice(device), Is.True);
            Assert.That(Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "full" }), "no temporary file left");
        });
    }

    [Test]
    public void A_directory_is_refused()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("chart.svg"));
        Assert.Throws<NotAReplaceableFileException>(() => AtomicFile.WriteAllText(dir.Combine("chart.svg"), "x"));
        Assert.That(Directory.Exists(dir.Combine("chart.svg")), Is.True);
    }

    [Test]
    public void A_fifo_is_refused_and_stays_a_fifo()
    {
        using var dir = new TempDirectory();
        var fifo = dir.Combine("hs06");
        Run("mkfifo", fifo);
        Assert.Throws<NotAReplaceableFileException>(() => AtomicFile.WriteAllText(fifo, "x"));
        Assert.That(Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "hs06" }));
    }

    [Test]
    public void A_symbolic_link_is_refused_and_neither_it_nor_its_target_changes()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("passwd"), "root:x:0:0\n");
        File.CreateSymbolicLink(dir.Combine("hs06"), dir.Combine("passwd"));

        var error = Assert.Throws<NotAReplaceableFileException>(() => AtomicFile.WriteAllText(dir.Combine("hs06"), "812\n"));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("symbolic link"));
            Assert.That(new FileInfo(dir.Combine("hs06")).LinkTarget, Is.Not.Null);
            Assert.That(File.ReadAllText(dir.Combine("passwd")), Is.EqualTo("root:x:0:0\n"));
        });
    }

    [Test]
    public void A_regular_file_or_none_is_replaced_as_before()
    {
        using var dir = new TempDirectory();
        Assert.That(AtomicFile.EnsureReplaceable(dir.Combine("new")), Is.False);
        File.WriteAllText(dir.Combine("old"), "1");
        Assert.That(AtomicFile.EnsureReplaceable(dir.Combine("old")), Is.True);
        AtomicFile.WriteAllText(dir.Combine("old"), "2");
        Assert.That(File.ReadAllText(dir.Combine("old")), Is.EqualTo("2"));
    }

    private static bool IsCharacterDevice(string path)
    {
        var stat = Run("stat", "-c", "%F", path);
        return stat.Trim() == "character special file";
    }

    private static string Run(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{file} failed");
        return output;
    }
}

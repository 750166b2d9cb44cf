using System.Diagnostics;
using Calibrate.Platform.Files;
using Calibrate.TestSupport.Files;

namespace Calibrate.Platform.Tests.Files;

/// <summary>A file replaced atomically: readers see the old or the new content, the file keeps its mode and owner, and a failed write leaves the old file and no temporary one.</summary>
public sealed class AtomicFileTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Test]
    public void A_new_file_gets_the_default_mode_or_the_one_asked_for()
    {
        using var dir = new TempDirectory();
        AtomicFile.WriteAllText(dir.Combine("hs06"), "812.35\n");
        AtomicFile.WriteAllText(dir.Combine("secret"), "x\n", OwnerOnly);
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(dir.Combine("hs06")), Is.EqualTo("812.35\n"));
            Assert.That(File.GetUnixFileMode(dir.Combine("hs06")), Is.EqualTo(AtomicFile.DefaultMode));
            Assert.That(File.GetUnixFileMode(dir.Combine("secret")), Is.EqualTo(OwnerOnly));
            Assert.That(Directory.GetFiles(dir.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "hs06", "secret" }), "no temporary file left");
        });
    }

    [Test]
    public void A_replaced_file_keeps_its_mode_and_owner()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("lsf.conf");
        File.WriteAllText(path, "old\n");
        File.SetUnixFileMode(path, OwnerOnly | UnixFileMode.GroupRead);
        var owner = Environment.IsPrivilegedProcess ? GiveTo(path, "nobody") : null;

        AtomicFile.WriteAllText(path, "new\n", AtomicFile.DefaultMode);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(path), Is.EqualTo("new\n"));
            Assert.That(File.GetUnixFileMode(path), Is.EqualTo(OwnerOnly | UnixFileMode.GroupRead), "the mode of the file it replaced, not the one for new files");
            if (owner is not null)
            {
                Assert.That(OwnerOf(path), Is.EqualTo(owner), "root keeps the owner of the file it replaced");
            }
        });
    }

    [Test]
    public void A_write_that_does_not_fit_leaves_the_old_file_and_no_temporary_one()
    {
        using var dir = new TempDirectory();
        var mount = dir.Combine("small");
        Mounts.Tmpfs(mount, "size=64k");
        try
        {
            var path = Path.Combine(mount, "lsf.shared");
            File.WriteAllText(path, "old\n");

            Assert.Throws<IOException>(() => AtomicFile.WriteAllText(path, new string('x', 200_000)));

            Assert.That(File.ReadAllText(path), Is.EqualTo("old\n"));
            Assert.That(Directory.GetFiles(mount).Select(Path.GetFileName), Is.EqualTo(new[] { "lsf.shared" }));
        }
        finally
        {
            Mounts.Unmount(mount);
        }
    }

    [Test]
    public void A_reader_sees_the_old_or_the_new_content_never_a_part()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("hs06");
        var contents = new[] { new string('a', 100_000), new string('b', 100_000) };
        File.WriteAllText(path, contents[0]);
        var seen = new HashSet<string>();
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                AtomicFile.WriteAllText(path, contents[i % 2]);
            }
        });
        do
        {
            seen.Add(File.ReadAllText(path));
        }
        while (!writer.IsCompleted);

        writer.GetAwaiter().GetResult();
        Assert.That(seen, Is.SubsetOf(contents));
    }

    [Test]
    public void A_temporary_file_of_a_killed_writer_is_removed_by_the_next_write_and_a_live_writers_is_kept()
    {
        using var dir = new TempDirectory();
        using var exited = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        exited.WaitForExit();
        // The names AtomicFile gives its temporary files: hidden, ".tmp" at the end, the writer's pid in the middle.
        var killed = dir.Combine($".hs06.{exited.Id}.{Guid.NewGuid():N}.tmp");
        var live = dir.Combine($".hs06.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var otherFile = dir.Combine($".total_cpu.{exited.Id}.{Guid.NewGuid():N}.tmp");
        foreach (var path in new[] { killed, live, otherFile })
        {
            File.WriteAllText(path, "8");
        }

        AtomicFile.WriteAllText(dir.Combine("hs06"), "812.35\n");

        Assert.That(
            Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { Path.GetFileName(live), Path.GetFileName(otherFile), "hs06" }),
            "the killed writer's temporary file of hs06 is gone; this process's, and another file's, stay");
    }

    private static string GiveTo(string path, string user)
    {
        Run("chown", user, path);
        return OwnerOf(path);
    }

    private static string OwnerOf(string path) => Run("stat", "-c", "%U", path).Trim();

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{program} {string.Join(' ', arguments)}");
        return output;
    }
}

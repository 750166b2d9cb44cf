using Calibrate.Platform.Files;
using Calibrate.Pushers.Common;
using Calibrate.TestSupport.Files;

namespace Calibrate.Pushers.Tests.Common;

public class FileTransactionTests
{
    /// <summary>
    /// A push killed between its backups and its renames leaves `.hs06.calibrate-backup` and AtomicFile's
    /// `.hs06.PID.ID.tmp` in the MJF directory, which jobs list. The next push removes them, whether it changes the
    /// files or finds them already right; a temporary file of a writer still running (PID 1 here) stays.
    /// </summary>
    [TestCase(true)]
    [TestCase(false)]
    public void The_next_push_removes_what_a_killed_push_left_beside_its_files(bool changes)
    {
        const int DeadPid = 4194303;
        Assume.That(Directory.Exists($"/proc/{DeadPid}"), Is.False);
        using var dir = new TempDirectory();
        var hs06 = dir.Combine("hs06");
        var total = dir.Combine("total_cpu");
        File.WriteAllText(hs06, "43.5\n");
        File.WriteAllText(total, "2\n");
        string[] leftovers = [dir.Combine(".hs06.calibrate-backup"), dir.Combine(".total_cpu.calibrate-backup"), dir.Combine($".hs06.{DeadPid}.0123abcd.tmp")];
        var live = dir.Combine(".hs06.1.0123abcd.tmp");
        foreach (var path in leftovers.Append(live))
        {
            File.WriteAllText(path, "old\n");
        }

        new FileTransaction().Apply(
        [
            new FileChange(hs06, "43.5\n", changes ? "44.1\n" : "43.5\n", FileChange.DefaultMode),
            new FileChange(total, "2\n", "2\n", FileChange.DefaultMode),
        ]);
        Assert.Multiple(() =>
        {
            Assert.That(Directory.EnumerateFiles(dir.Path).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { ".hs06.1.0123abcd.tmp", "hs06", "total_cpu" }));
            Assert.That(File.ReadAllText(hs06), Is.EqualTo(changes ? "44.1\n" : "43.5\n"));
        });
    }

    [Test]
    public void A_failure_on_the_second_file_restores_the_first_and_removes_a_created_one()
    {
        using var dir = new TempDirectory();
        var first = dir.Combine("lsf.shared");
        var second = dir.Combine("lsf.cluster.demo");
        File.WriteAllText(first, "old shared\n");
        File.WriteAllText(second, "old cluster\n");
        var created = dir.Combine("new-file");
        var writes = 0;
        var transaction = new FileTransaction((path, bytes, mode) =>
        {
            if (path == second && ++writes > 0)
            {
                throw new IOException("No space left on device");
            }

            AtomicFile.WriteAllBytes(path, bytes, mode);
        });
        var changes = new[]
        {
            new FileChange(first, "old shared\n", "new shared\n", FileChange.DefaultMode),
            new FileChange(created, null, "x\n", FileChange.DefaultMode),
            new FileChange(second, "old cluster\n", "new cluster\n", FileChange.DefaultMode),
        };

        var error = Assert.Throws<IOException>(() => transaction.Apply(changes));

        Assert.That(error!.Message, Does.Contain("lsf.cluster.demo").And.Contain("left as it was"));
        Assert.That(File.ReadAllText(first), Is.EqualTo("old shared\n"));
        Assert.That(File.ReadAllText(second), Is.EqualTo("old cluster\n"));
        Assert.That(File.Exists(created), Is.False);
        Assert.That(Directory.GetFiles(dir.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { "lsf.shared", "lsf.cluster.demo" }), "no backups or temp files left");
    }

    [Test]
    public void A_file_changed_since_planning_is_not_overwritten()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("hs06");
        File.WriteAllText(path, "1\n");
        var change = new FileChange(path, "1\n", "2\n", FileChange.DefaultMode);
        File.WriteAllText(path, "someone else\n");
        Assert.Throws<PushConfigException>(() => new FileTransaction().Apply([change]));
        Assert.That(File.ReadAllText(path), Is.EqualTo("someone else\n"));
    }

    [Test]
    public void Existing_files_keep_their_mode_and_new_ones_get_0644_in_a_0755_directory()
    {
        using var dir = new TempDirectory();
        var existing = dir.Combine("keep");
        File.WriteAllText(existing, "a\n");
        File.SetUnixFileMode(existing, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var fresh = dir.Combine("sub", "fresh");
        new FileTransaction().Apply([
            new FileChange(existing, "a\n", "b\n", FileChange.DefaultMode),
            new FileChange(fresh, null, "c\n", FileChange.DefaultMode),
        ]);
        Assert.That(File.GetUnixFileMode(existing), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(File.GetUnixFileMode(fresh), Is.EqualTo(FileChange.DefaultMode));
        Assert.That(File.GetUnixFileMode(dir.Combine("sub")), Is.EqualTo(FileTransaction.DirectoryMode));
    }

    [Test]
    public void A_disk_that_fills_mid_write_leaves_every_file_as_it_was()
    {
        using var dir = new TempDirectory();
        var mount = dir.Combine("small");
        Mounts.Tmpfs(mount, "size=64k");
        try
        {
            var small = Path.Combine(mount, "small");
            var big = Path.Combine(mount, "big");
            File.WriteAllText(small, "small\n");
            File.WriteAllText(big, new string('b', 20_000));
            var changes = new[]
            {
                new FileChange(small, "small\n", "SMALL\n", FileChange.DefaultMode),
                new FileChange(big, new string('b', 20_000), new string('c', 200_000), FileChange.DefaultMode),
            };

            var error = Assert.Throws<IOException>(() => new FileTransaction().Apply(changes));

            Assert.That(error!.Message, Does.Contain("big"));
            Assert.That(File.ReadAllText(small), Is.EqualTo("small\n"));
            Assert.That(File.ReadAllText(big), Is.EqualTo(new string('b', 20_000)));
            Assert.That(Directory.GetFiles(mount).Select(Path.GetFileName), Is.EquivalentTo(new[] { "small", "big" }));
        }
        finally
        {
            Mounts.Unmount(mount);
        }
    }
}

using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.TestSupport.Files;

namespace Calibrate.Pushers.Tests.Common;

public class PlanApplierLeftoverTests
{
    /// <summary>
    /// A push killed after its last rename but before it removed its backups leaves files that already hold the new
    /// values: the next push has nothing to write, and still removes the backups and a dead writer's temporaries (of a
    /// file and of a backup) from the directory jobs list (issue 15, the kill campaign of `push mjf`).
    /// </summary>
    [Test]
    public async Task A_push_with_nothing_to_change_removes_what_a_killed_push_left()
    {
        const int DeadPid = 4194303;
        Assume.That(Directory.Exists($"/proc/{DeadPid}"), Is.False);
        using var dir = new TempDirectory();
        var hs06 = dir.Combine("hs06");
        File.WriteAllText(hs06, "44.1\n");
        foreach (var leftover in new[] { ".hs06.calibrate-backup", $".hs06.{DeadPid}.0123abcd.tmp", $"..hs06.calibrate-backup.{DeadPid}.0123abcd.tmp" })
        {
            File.WriteAllText(dir.Combine(leftover), "43.5\n");
        }

        var plan = new PushPlan { Target = "mjf", Subject = "hs06 44.1", Files = [new FileChange(hs06, "44.1\n", "44.1\n", FileChange.DefaultMode)] };
        var outcome = await new PlanApplier(new CommandExecutor(new ProcessCommandRunner())).ApplyAsync(plan, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Changed, Is.False);
            Assert.That(Directory.GetFiles(dir.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "hs06" }));
        });
    }
}

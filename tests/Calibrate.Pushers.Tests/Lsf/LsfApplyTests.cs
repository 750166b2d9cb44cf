using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Processes;

namespace Calibrate.Pushers.Tests.Lsf;

public class LsfApplyTests
{
    private static readonly NodeFactor[] Nodes = [new("wn001", 12.5), new("wn002", 13.0)];

    [Test]
    public async Task A_change_is_checked_then_applied_once_with_reconfig_and_mbdrestart()
    {
        using var lsf = new LsfFixture();
        using var bin = new StandIns("lsadmin", "badmin", "lshosts");
        var outcome = await new PlanApplier(bin.Executor()).ApplyAsync(LsfMasterPlanner.Plan(lsf.Files, Nodes), CancellationToken.None);

        Assert.That(outcome.Changed, Is.True);
        Assert.That(bin.Calls, Is.EqualTo(new[] { "lsadmin|ckconfig|-v", "lsadmin|reconfig|-f", "badmin|mbdrestart|-f" }));
        Assert.That(File.ReadAllText(lsf.Cluster), Does.Contain("wn001     HS06_12_5 "));

        var again = LsfMasterPlanner.Plan(lsf.Files, Nodes);
        Assert.That(again.HasChanges, Is.False, "a second push of the same factors changes nothing");
        Assert.That((await new PlanApplier(bin.Executor()).ApplyAsync(again, CancellationToken.None)).Changed, Is.False);
        Assert.That(bin.Calls, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_failed_configuration_check_restores_both_files_and_reconfigures_nothing()
    {
        using var lsf = new LsfFixture();
        using var bin = new StandIns("lsadmin", "badmin").Fail("lsadmin ckconfig");
        var before = (LsfFixture.Bytes(lsf.Shared), LsfFixture.Bytes(lsf.Cluster));

        var error = Assert.ThrowsAsync<CommandFailedException>(() =>
            new PlanApplier(bin.Executor()).ApplyAsync(LsfMasterPlanner.Plan(lsf.Files, Nodes), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("ckconfig").And.Contain("told to fail").And.Contain("restored"));
        Assert.That((LsfFixture.Bytes(lsf.Shared), LsfFixture.Bytes(lsf.Cluster)), Is.EqualTo(before));
        Assert.That(bin.Calls, Is.EqualTo(new[] { "lsadmin|ckconfig|-v" }));
    }

    [Test]
    public void Fatal_errors_printed_with_exit_code_zero_count_as_a_failed_check()
    {
        using var lsf = new LsfFixture();
        using var bin = new StandIns("lsadmin", "badmin").Output("lsadmin", "ckconfig", "Checking configuration files ...\nThere are fatal errors.\n");
        var before = LsfFixture.Bytes(lsf.Shared);
        Assert.ThrowsAsync<CommandFailedException>(() =>
            new PlanApplier(bin.Executor()).ApplyAsync(LsfMasterPlanner.Plan(lsf.Files, Nodes), CancellationToken.None));
        Assert.That(LsfFixture.Bytes(lsf.Shared), Is.EqualTo(before));
    }

    [Test]
    public void A_hanging_reconfig_times_out_with_a_clear_message_and_the_files_as_they_were()
    {
        using var lsf = new LsfFixture();
        using var bin = new StandIns("lsadmin", "badmin").Hang("lsadmin reconfig");
        var before = (LsfFixture.Bytes(lsf.Shared), LsfFixture.Bytes(lsf.Cluster));
        var executor = new CommandExecutor(bin.Runner(), new RetryPolicy { Attempts = 1, Timeout = TimeSpan.FromMilliseconds(500) });

        var error = Assert.ThrowsAsync<CommandFailedException>(() =>
            new PlanApplier(executor).ApplyAsync(LsfMasterPlanner.Plan(lsf.Files, Nodes), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("lsadmin reconfig -f` timed out").And.Contain("files were restored"));
        Assert.That((LsfFixture.Bytes(lsf.Shared), LsfFixture.Bytes(lsf.Cluster)), Is.EqualTo(before));
        Assert.That(bin.Calls, Does.Not.Contain("badmin|mbdrestart|-f"));
    }
}

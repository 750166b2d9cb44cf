using Calibrate.Cli.Infrastructure;
using Calibrate.Cli.Tests.Kill;
using Calibrate.Pushers.Lsf;
using Calibrate.TestSupport.Processes;

namespace Calibrate.Cli.Tests.Push;

/// <summary>
/// `push lsf` does not trust the exit code of `lsadmin reconfig`: volclava's exits 0 having done nothing
/// (integration.md 7), so the push reads the factors back with `lshosts -w` (issue 15, defect 5).
/// </summary>
public sealed class LsfReconfigVerificationTests
{
    [Test]
    public void A_reconfig_that_does_nothing_fails_the_push_with_one_line_and_leaves_the_reconfiguration_pending()
    {
        using var site = new LsfSite();
        site.Lim.IgnoreReconfig();

        var (exit, _, error) = site.Cli.Run(site.PushArgs(verifySeconds: 0.5));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.ExternalCommandFailed), error);
            Assert.That(error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.StartWith("calibrate: LIM does not show the new CPU factors")
                .And.Contain($"lshosts -w: {LsfSite.Host}.example.org shows 'IntelI5' 100.0, expected HS06_")
                .And.Contain("stays pending"));
            Assert.That(File.Exists(site.JournalPath), Is.True, "the reconfiguration is still pending");
            Assert.That(site.LimView().Model, Is.EqualTo(LsfSite.SiteModel));
        });

        var dryRun = site.Cli.Run([.. site.PendingPushArgs(), "--dry-run"]);
        Assert.That(dryRun.Out, Does.Contain(LsfBatchPush.CompletingNote).And.Contain("would run: lsadmin reconfig -f"), dryRun.Error);

        site.Lim.IgnoreReconfig(false);
        var (again, output, againError) = site.Cli.Run(site.PendingPushArgs());

        Assert.That(again, Is.EqualTo(ExitCodes.Ok), againError);
        var shown = site.LimView();
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain(LsfBatchPush.CompletingNote));
            Assert.That((shown.Model, shown.CpuFactor), Is.EqualTo(site.FilesView()));
            Assert.That(shown.Model, Does.StartWith(LsfNames.ModelPrefix));
            Assert.That(site.Leftovers(), Is.Empty);
        });
    }
}

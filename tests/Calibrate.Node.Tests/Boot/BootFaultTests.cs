using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Calibrate.Node.Boot;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Store;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Processes;
using Calibrate.TestSupport.Results;

namespace Calibrate.Node.Tests.Boot;

/// <summary>Boot's later steps against hangs and outages: a pusher that hangs, a store that is down or never answers.</summary>
[NonParallelizable]
public sealed class BootFaultTests
{
    [Test]
    public async Task A_hanging_pusher_is_killed_within_the_budget_and_leaves_its_target_as_it_was()
    {
        using var node = new TempDirectory();
        using var tools = new StandIns("condor_reconfig", "scontrol").Hang("condor_reconfig").Hang("scontrol");
        var condor = node.Combine("condor");
        var mjf = node.Combine("mjf");
        Directory.CreateDirectory(condor);
        Directory.CreateDirectory(mjf);
        var pushers = new PushersSettings
        {
            Mjf = new MjfPusherSettings { Directory = mjf },
            HtCondor = new HtCondorPusherSettings { ConfigDirectory = condor },
        };
        var journal = new RecordingJournal();
        var step = new BootPushStep(Environment(node, tools), journal);
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(6);
        var (published, failed) = await step.PushAsync(new TestResult().Build(), pushers, () => deadline - clock.Elapsed, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(deadline + TimeSpan.FromSeconds(1)), journal.Text);
            Assert.That(published, Is.EqualTo(new[] { "mjf" }));
            Assert.That(failed, Is.True);
            Assert.That(File.ReadAllText(Path.Combine(mjf, "hs06")).Trim(), Is.EqualTo("43.5"));
            Assert.That(Directory.EnumerateFiles(condor), Is.Empty, "the HTCondor file must be rolled back when condor_reconfig hangs");
            Assert.That(journal.Text, Does.Contain("calibrate boot: push htcondor: FAILED"));
        });
    }

    [Test]
    public async Task A_batch_daemon_that_never_answers_costs_no_more_than_the_budget()
    {
        using var node = new TempDirectory();
        using var tools = new StandIns("scontrol").Hang("scontrol");
        var journal = new RecordingJournal();
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(3);
        var (published, failed) = await new BootPushStep(Environment(node, tools), journal)
            .PushAsync(new TestResult().Build(), new PushersSettings { Slurm = new SlurmPusherSettings { Node = "wn042" } }, () => deadline - clock.Elapsed, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(deadline + TimeSpan.FromSeconds(1)));
            Assert.That((published.Count, failed), Is.EqualTo((0, true)));
            Assert.That(tools.ArgumentsOf("scontrol"), Is.Not.Empty, "scontrol was asked");
            Assert.That(journal.Text, Does.Contain("calibrate boot: push slurm: FAILED"));
        });
    }

    [Test]
    public async Task A_central_store_that_is_down_queues_the_result_and_the_next_boot_stores_it()
    {
        using var node = new TempDirectory();
        var environment = Environment(node);
        var journal = new RecordingJournal();
        var queue = new PendingResults(Path.Combine(environment.ResultsDirectory, "pending"));
        var down = new StoreTarget("central", $"postgresql://calibrate@127.0.0.1:{ClosedPort()}/calibrate");
        var local = new StoreTarget("local", node.Combine("local.db"));
        var step = new BootStoreStep(environment, journal, queue);
        var first = new TestResult().Build();
        var stored = await step.SaveAsync(first, [local, down], TimeSpan.FromSeconds(5), () => TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.False);
            Assert.That(queue.ReadAll().Select(q => q.Result.Id), Is.EqualTo(new[] { first.Id }));
            Assert.That(journal.Text, Does.Contain("calibrate boot: store central: FAILED").And.Contain("queued"));
        });

        // The next boot, with the central store back (here: another SQLite file), stores the queued result too.
        var back = new StoreTarget("central", node.Combine("central.db"));
        var second = new TestResult { Id = Guid.NewGuid() }.Build();
        Assert.That(await step.SaveAsync(second, [local, back], TimeSpan.FromSeconds(5), () => TimeSpan.FromSeconds(10), CancellationToken.None), Is.True);
        using var central = StoreFactory.Open(back.Argument, back.Argument);
        Assert.Multiple(() =>
        {
            Assert.That(central.Get(first.Id), Is.Not.Null);
            Assert.That(central.Get(second.Id), Is.Not.Null);
            Assert.That(queue.ReadAll(), Is.Empty);
        });
    }

    [Test]
    public async Task A_store_that_never_answers_is_abandoned_at_its_timeout()
    {
        using var node = new TempDirectory();
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var environment = Environment(node);
        var journal = new RecordingJournal();
        var step = new BootStoreStep(environment, journal, new PendingResults(Path.Combine(environment.ResultsDirectory, "pending")));
        var clock = Stopwatch.StartNew();
        var stored = await step.SaveAsync(new TestResult().Build(), [new StoreTarget("central", $"postgresql://calibrate@127.0.0.1:{port}/calibrate")], TimeSpan.FromSeconds(2), () => TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.False);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4)));
            Assert.That(journal.Text, Does.Contain("no answer within 2 s"));
            Assert.That(Directory.EnumerateFiles(Path.Combine(environment.ResultsDirectory, "pending")), Has.Exactly(1).Items);
        });
    }

    /// <summary>A node rooted in a temp folder; its children find the stand-ins, if any, first on their PATH.</summary>
    private static NodeEnvironment Environment(TempDirectory node, StandIns? tools = null) => new()
    {
        WorkingDirectory = node.Path,
        GetEnvironment = name => name == "PATH" ? tools?.SearchPath : null,
    };

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}

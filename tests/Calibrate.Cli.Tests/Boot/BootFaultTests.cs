using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Calibrate.Cli.Commands.Boot;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;
using Calibrate.TestSupport.Processes;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Boot;

/// <summary>Boot's later steps against hangs and outages: a pusher that hangs, a store that is down or never answers.</summary>
[NonParallelizable]
public sealed class BootFaultTests
{
    [Test]
    public async Task A_hanging_pusher_is_killed_within_the_budget_and_leaves_its_target_as_it_was()
    {
        using var cli = new CliRunner();
        using var tools = new StandIns("condor_reconfig", "scontrol").Hang("condor_reconfig").Hang("scontrol");
        cli.Environment["PATH"] = tools.SearchPath;
        var condor = Path.Combine(cli.WorkingDirectory, "condor");
        var mjf = Path.Combine(cli.WorkingDirectory, "mjf");
        Directory.CreateDirectory(condor);
        Directory.CreateDirectory(mjf);
        var pushers = new PushersSettings
        {
            Mjf = new MjfPusherSettings { Directory = mjf },
            HtCondor = new HtCondorPusherSettings { ConfigDirectory = condor },
        };
        var output = new StringWriter();
        var step = new BootPushStep(Context(cli, output).Node, new BootJournal(output));
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(6);
        var (published, failed) = await step.PushAsync(new TestResult().Build(), pushers, () => deadline - clock.Elapsed, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(deadline + TimeSpan.FromSeconds(1)), output.ToString());
            Assert.That(published, Is.EqualTo(new[] { "mjf" }));
            Assert.That(failed, Is.True);
            Assert.That(File.ReadAllText(Path.Combine(mjf, "hs06")).Trim(), Is.EqualTo("43.5"));
            Assert.That(Directory.EnumerateFiles(condor), Is.Empty, "the HTCondor file must be rolled back when condor_reconfig hangs");
            Assert.That(output.ToString(), Does.Contain("calibrate boot: push htcondor: FAILED"));
        });
    }

    [Test]
    public async Task A_batch_daemon_that_never_answers_costs_no_more_than_the_budget()
    {
        using var cli = new CliRunner();
        using var tools = new StandIns("scontrol").Hang("scontrol");
        cli.Environment["PATH"] = tools.SearchPath;
        var output = new StringWriter();
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(3);
        var (published, failed) = await new BootPushStep(Context(cli, output).Node, new BootJournal(output))
            .PushAsync(new TestResult().Build(), new PushersSettings { Slurm = new SlurmPusherSettings { Node = "wn042" } }, () => deadline - clock.Elapsed, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(deadline + TimeSpan.FromSeconds(1)));
            Assert.That((published.Count, failed), Is.EqualTo((0, true)));
            Assert.That(output.ToString(), Does.Contain("calibrate boot: push slurm: FAILED"));
        });
    }

    [Test]
    public async Task A_central_store_that_is_down_queues_the_result_and_the_next_boot_stores_it()
    {
        using var cli = new CliRunner();
        var output = new StringWriter();
        var context = Context(cli, output);
        var queue = new PendingResults(Path.Combine(context.ResultsDirectory, "pending"));
        var down = new StoreTarget("central", $"postgresql://calibrate@127.0.0.1:{ClosedPort()}/calibrate");
        var local = new StoreTarget("local", Path.Combine(cli.WorkingDirectory, "local.db"));
        var step = new BootStoreStep(context.Node, new BootJournal(output), queue);
        var first = new TestResult().Build();
        var stored = await step.SaveAsync(first, [local, down], TimeSpan.FromSeconds(5), () => TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.False);
            Assert.That(queue.ReadAll().Select(q => q.Result.Id), Is.EqualTo(new[] { first.Id }));
            Assert.That(output.ToString(), Does.Contain("calibrate boot: store central: FAILED").And.Contain("queued"));
        });

        // The next boot, with the central store back (here: another SQLite file), stores the queued result too.
        var back = new StoreTarget("central", Path.Combine(cli.WorkingDirectory, "central.db"));
        var second = new TestResult().Build() with { Id = Guid.NewGuid() };
        Assert.That(await step.SaveAsync(second, [local, back], TimeSpan.FromSeconds(5), () => TimeSpan.FromSeconds(10), CancellationToken.None), Is.True);
        using var central = Store.StoreFactory.Open(back.Argument, back.Argument);
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
        using var cli = new CliRunner();
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var output = new StringWriter();
        var context = Context(cli, output);
        var step = new BootStoreStep(context.Node, new BootJournal(output), new PendingResults(Path.Combine(context.ResultsDirectory, "pending")));
        var clock = Stopwatch.StartNew();
        var stored = await step.SaveAsync(new TestResult().Build(), [new StoreTarget("central", $"postgresql://calibrate@127.0.0.1:{port}/calibrate")], TimeSpan.FromSeconds(2), () => TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.False);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4)));
            Assert.That(output.ToString(), Does.Contain("no answer within 2 s"));
            Assert.That(Directory.EnumerateFiles(Path.Combine(context.ResultsDirectory, "pending")), Has.Exactly(1).Items);
        });
    }

    internal static CliContext Context(CliRunner cli, TextWriter output) => new()
    {
        Out = output,
        Error = output,
        WorkingDirectory = cli.WorkingDirectory,
        GetEnvironment = name => cli.Environment.TryGetValue(name, out var v) ? v : null,
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

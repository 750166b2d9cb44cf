using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Tests.Boot;

/// <summary>A real boot on this node with a short budget: measure, gate, store locally, queue for a central store that is down, publish MJF.</summary>
[NonParallelizable]
public sealed class BootEndToEndTests
{
    [Test]
    public void A_boot_measures_stores_queues_for_the_central_store_and_publishes_only_a_good_result_within_its_budget()
    {
        using var cli = new CliRunner();
        var mjf = Path.Combine(cli.WorkingDirectory, "machinefeatures");
        Directory.CreateDirectory(mjf);
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "calibrate.yaml"), $"""
            store:
              central: postgresql://calibrate@127.0.0.1:{ClosedPort()}/calibrate
              timeout: 3s
            measure:
              copies: 1
            pushers:
              mjf:
                directory: {mjf}
            boot:
              budget: 30s
            """);
        var clock = Stopwatch.StartNew();
        var (exit, output, error) = cli.Run("boot", "--config", "calibrate.yaml");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var published = File.Exists(Path.Combine(mjf, "hs06"));
        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(31)), output);
            Assert.That(lines.All(l => l.StartsWith("calibrate boot: ", StringComparison.Ordinal)), Is.True, output + error);
            Assert.That(lines.Select(l => l.Split(':')[1].Trim()).Take(4), Is.EqualTo(new[] { "config", "lock", "probe", "measure" }), output);
            Assert.That(output, Does.Contain("calibrate boot: store local: ").And.Contain("calibrate boot: store central: FAILED"));
            Assert.That(Directory.EnumerateFiles(Path.Combine(cli.WorkingDirectory, "results", "pending"), "*.json"), Has.Exactly(1).Items);
        });

        // A loaded machine (other test runs) may make the measurement disturbed: then nothing is published.
        if (output.Contains("verdict: DISTURBED", StringComparison.Ordinal))
        {
            Assert.That((exit, published), Is.EqualTo((ExitCodes.Disturbed, false)), output);
        }
        else
        {
            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.EqualTo(ExitCodes.StoreUnavailable), output + error);
                Assert.That(published, Is.True, output);
                Assert.That(lines[^1], Does.StartWith("calibrate boot: done: HS06 ").And.Contain("published to mjf"));
            });
        }
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}

using System.Diagnostics;
using System.Globalization;
using Calibrate.Cli.Infrastructure;
using Calibrate.Platform.Locking;

namespace Calibrate.Cli.Tests.Boot;

/// <summary>One measurement per node, end to end: a run and a boot next to a running calibrate refuse, naming it.</summary>
[NonParallelizable]
public sealed class BusyNodeTests
{
    [Test]
    public void A_run_and_a_boot_next_to_a_running_measurement_refuse_naming_its_pid_and_the_lock_dies_with_it()
    {
        using var cli = new CliRunner();
        var lockFile = cli.Environment["CALIBRATE_LOCK_FILE"];
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "calibrate.yaml"), "boot:\n  budget: 20s\n");
        using var holder = Start(cli, lockFile, "run", "--budget", "60s", "--copies", "1");
        try
        {
            var waited = Stopwatch.StartNew();
            while (NodeLock.ReadHolder(lockFile) is null && waited.Elapsed < TimeSpan.FromSeconds(30) && !holder.HasExited)
            {
                Thread.Sleep(100);
            }

            Assert.That(NodeLock.ReadHolder(lockFile), Does.StartWith($"pid {holder.Id}, calibrate run"));
            var run = cli.Run("run", "--budget", "3s", "--copies", "1");
            var boot = cli.Run("boot", "--config", "calibrate.yaml");
            Assert.Multiple(() =>
            {
                Assert.That(run.Exit, Is.EqualTo(ExitCodes.Busy));
                Assert.That(run.Error, Does.Contain($"another calibrate (pid {holder.Id}, calibrate run").And.Contain("--wait"));
                Assert.That(boot.Exit, Is.EqualTo(ExitCodes.Busy));
                Assert.That(boot.Out, Does.Contain("calibrate boot: failed: another calibrate (pid " + holder.Id.ToString(CultureInfo.InvariantCulture)).And.Contain("nothing published"));
            });

            holder.Kill(entireProcessTree: true);
            holder.WaitForExit();
            using var next = NodeLock.AcquireAsync(lockFile, "test", TimeSpan.FromSeconds(2), CancellationToken.None).GetAwaiter().GetResult();
            Assert.That(next.Path, Is.EqualTo(lockFile));
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.Kill(entireProcessTree: true);
            }
        }
    }

    private static Process Start(CliRunner cli, string lockFile, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = cli.WorkingDirectory };
        psi.ArgumentList.Add(typeof(Calibrate.Cli.Program).Assembly.Location);
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["CALIBRATE_LOCK_FILE"] = lockFile;
        var process = Process.Start(psi)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}

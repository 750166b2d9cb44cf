using System.Diagnostics;
using System.Text.Json.Nodes;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;
using Calibrate.Store;
using Calibrate.Store.Files;
using Calibrate.Workloads;

namespace Calibrate.Cli.Tests.Run;

/// <summary>Real runs on this node: real child processes, real pinning, real kernels, short budgets.</summary>
[NonParallelizable]
public sealed class RunEndToEndTests
{
    [Test]
    public void A_short_run_measures_every_kernel_verifies_it_and_stores_the_result()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("run", "--budget", "8s", "--copies", "1", "--label", "e2e", "--json", "--out", "node.json");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        var result = CalibrateJson.DeserializeResult(output);
        using (var store = StoreFactory.Open(null, Path.Combine(cli.WorkingDirectory, "results", "calibrate.db")))
        {
            var stored = store.Get(result.Id);
            Assert.That(stored, Is.Not.Null, $"result {result.Id} is not in the default store");
            Assert.That((stored!.NodeScore, stored.Label, stored.Estimate?.Value), Is.EqualTo((result.NodeScore, "e2e", result.Estimate?.Value)), "the stored result is the one printed");
            Assert.That(store.Query(ResultFilter.All).Select(s => s.Id), Is.EqualTo(new[] { result.Id }));
        }

        Assert.Multiple(() =>
        {
            Assert.That(result.Label, Is.EqualTo("e2e"));
            Assert.That(result.Copies, Has.Count.EqualTo(1));
            Assert.That(result.Copies[0].Kernels.Select(k => k.Kernel), Is.EqualTo(KernelCatalog.Names));
            Assert.That(result.Copies[0].Kernels.All(k => k.Verified && k.Seconds > 0), Is.True);
            Assert.That(result.NodeScore, Is.GreaterThan(0));
            Assert.That(result.Estimate, Is.Not.Null);
            Assert.That(result.Provenance.RuntimeKnobs["DOTNET_EnableHWIntrinsic"], Is.EqualTo("0"));
            Assert.That(result.Timing!.MeasureSeconds, Is.GreaterThanOrEqualTo(7.9));
            Assert.That(CalibrateJson.Serialize(ResultFiles.Read(Path.Combine(cli.WorkingDirectory, "node.json"))), Is.EqualTo(CalibrateJson.Serialize(result)), "--out holds the same result");
            Assert.That(Directory.EnumerateFiles(Path.Combine(cli.WorkingDirectory, "results"), "*.json"), Has.Exactly(1).Items);
        });
    }

    /// <summary>15 s: on a 2-CPU machine busy with other work each copy may get a quarter of a CPU, and must still run every kernel.</summary>
    [Test]
    public void Thread_pinning_puts_each_copy_on_its_own_cpu()
    {
        if (Environment.ProcessorCount < 2)
        {
            Assert.Ignore("needs two CPUs");
        }

        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("run", "--budget", "15s", "--copies", "2", "--pinning", "thread", "--json");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        var json = JsonNode.Parse(output)!;
        var pinned = json["copies"]!.AsArray().Select(c => c!["pinnedCpus"]!.AsArray().Select(n => n!.GetValue<int>()).Single()).ToArray();
        Assert.That(pinned, Is.Unique);
        Assert.That(pinned, Has.Length.EqualTo(2));
    }

    [Test]
    public void Sigint_stops_every_copy_and_leaves_nothing_behind()
    {
        var results = Path.Combine(Path.GetTempPath(), "calibrate-sigint-" + Guid.NewGuid().ToString("N"));
        var dll = typeof(Calibrate.Cli.Program).Assembly.Location;
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "run", "--budget", "60s" })
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["CALIBRATE_RESULTS_DIR"] = results;
        using var process = Process.Start(psi)!;
        var stderr = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (stderr) { stderr.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        var waited = Stopwatch.StartNew();
        while (!Contains(stderr, "measuring") && waited.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
        {
            Thread.Sleep(100);
        }

        var workers = WorkerPids();
        Assert.That(workers, Is.Not.Empty, "the copies should be running");
        Signal(process.Id, "INT");
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(20)), Is.True, "calibrate did not stop on SIGINT");
        Assert.Multiple(() =>
        {
            Assert.That(process.ExitCode, Is.EqualTo(ExitCodes.Interrupted));
            Assert.That(Contains(stderr, "interrupted"), Is.True);
            Assert.That(workers.Where(pid => Directory.Exists($"/proc/{pid}")), Is.Empty, "a copy outlived the runner");
            Assert.That(Directory.Exists(results) && Directory.EnumerateFileSystemEntries(results).Any(), Is.False, "something was written");
        });
    }

    private static bool Contains(System.Text.StringBuilder sb, string text)
    {
        lock (sb)
        {
            return sb.ToString().Contains(text, StringComparison.Ordinal);
        }
    }

    private static int[] WorkerPids() =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ReadCmdline(pid).Contains("calibrate-worker.dll", StringComparison.Ordinal))
            .ToArray();

    private static string ReadCmdline(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static void Signal(int pid, string signal)
    {
        var psi = new ProcessStartInfo("kill") { UseShellExecute = false };
        psi.ArgumentList.Add("-" + signal);
        psi.ArgumentList.Add(pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var kill = Process.Start(psi)!;
        kill.WaitForExit();
    }
}

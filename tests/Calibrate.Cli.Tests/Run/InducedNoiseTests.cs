using System.Diagnostics;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Quality;
using Calibrate.TestSupport.Services;

namespace Calibrate.Cli.Tests.Run;

/// <summary>
/// A real run beside induced noisy neighbours (issue 11): Debian's stress-ng cache and memory stressors switched on and
/// off every second on every CPU, as bench/noise-harness.sh --noise does for longer. The run must see it: the probes'
/// spread is the host's noise, the noisy-host conclusion fires with it, and the node-score interval is at least as wide
/// as that noise allows (the run-to-run term floored by it). Coverage over many runs is the harness's figure, not this test's.
/// </summary>
[NonParallelizable]
public sealed class InducedNoiseTests
{
    [Test]
    public void Noisy_neighbours_make_the_run_say_so_and_widen_its_interval()
    {
        var stressNg = Required.Program("stress-ng", "stress-ng");
        using var cli = new CliRunner();
        int exit;
        string output, error;
        using (Stressor(stressNg))
        {
            (exit, output, error) = cli.Run("run", "--budget", "20s", "--copies", "1", "--json");
        }

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        var result = CalibrateJson.DeserializeResult(output);
        var hostNoise = result.Noise!.HostNoise!.Value;
        var basis = result.Estimate!.Basis!;
        var nodeHalfWidth = (basis.NodeScoreHigh - basis.NodeScoreLow) / 2 / basis.NodeScore;
        TestContext.Out.WriteLine($"host noise {hostNoise:P1} (ALU {result.Noise.AluDispersion:P1}, memory {result.Noise.MemoryDispersion:P1}), run-to-run term {basis.RunToRun:P1} from {basis.RunToRunSource}, node interval ±{nodeHalfWidth:P1}, conclusions: {string.Join("; ", result.Conclusions.Select(c => c.Message))}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Conclusions.Select(c => c.Code), Has.Member(ConclusionCodes.NoisyHost), "the noise is named");
            Assert.That(basis.RunToRun, Is.GreaterThanOrEqualTo(2 * hostNoise), "the run-to-run term is never below what the host's measured noise implies");
            Assert.That(nodeHalfWidth, Is.GreaterThanOrEqualTo(StudentTQuantile.TwoSided(0.95, 4) * 2 * hostNoise * 0.999), "the interval holds it at the default's 4 df");
        });
    }

    /// <summary>stress-ng's cache and memory stressors on every CPU, 1 s on and 1 s off, until disposed (the whole tree is killed).</summary>
    private static Stopper Stressor(string stressNg)
    {
        var cpus = Environment.ProcessorCount;
        var script = $"while true; do timeout 1 '{stressNg}' --cache {cpus} --vm 1 --vm-bytes 256M --vm-method ror -q >/dev/null 2>&1; sleep 1; done";
        var process = Process.Start(new ProcessStartInfo("bash", ["-c", script]) { UseShellExecute = false })!;
        return new Stopper(process);
    }

    private sealed class Stopper(Process process) : IDisposable
    {
        public void Dispose()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using Calibrate.Pushers.Prometheus;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Services;

namespace Calibrate.Pushers.Tests.Prometheus;

/// <summary>
/// calibrate.prom read for real: by Debian's prometheus-node-exporter, started by .ci/start-node-exporter.sh on
/// 127.0.0.1 with its textfile collector on a directory of its own and scraped over HTTP, and by `promtool check
/// metrics` (Debian's prometheus). Under CI=true a missing one fails the test; elsewhere it is ignored.
/// </summary>
[NonParallelizable]
public sealed class NodeExporterTests
{
    [Test]
    public async Task Node_exporter_serves_every_metric_with_its_value_and_ignores_a_killed_pushs_temporary_file()
    {
        var (metrics, directory) = Required.NodeExporter();
        var result = Nodes.Worker.Build();
        // A temporary file as a push killed mid-write leaves it, of a live writer (this process), so that it is still
        // there when node_exporter is scraped: half a file, which would be a scrape error if node_exporter read it.
        var halfWritten = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $".calibrate.prom.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"));
        try
        {
            Apply.Files(TextfilePlanner.Plan(result, directory));
            File.WriteAllText(halfWritten, "# TYPE calibrate_node_estimate gauge\ncalibrate_node_estimate{unit=\"HS0");

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
            var scraped = Series(await http.GetStringAsync(metrics));

            var expected = Series(TextfileMetrics.Render(result));
            Assert.Multiple(() =>
            {
                foreach (var (series, value) in expected)
                {
                    Assert.That(scraped.TryGetValue(series, out var served), Is.True, $"{series} is not served");
                    Assert.That(served, Is.EqualTo(value), series);
                }

                Assert.That(scraped["calibrate_node_estimate{unit=\"HS23\"}"], Is.EqualTo(812.35));
                Assert.That(scraped["calibrate_cpu_factor"], Is.EqualTo(12.54));
                Assert.That(scraped["calibrate_disturbed"], Is.Zero);
                Assert.That(scraped["node_textfile_scrape_error"], Is.Zero, "node_exporter read every *.prom file and no other");
                Assert.That(scraped.Keys.Where(k => k.Contains(".tmp", StringComparison.Ordinal)), Is.Empty, "no file but calibrate.prom was read");
            });
        }
        finally
        {
            File.Delete(halfWritten);
            File.Delete(Path.Combine(directory, TextfilePlanner.FileName));
        }
    }

    [Test]
    public void Promtool_check_metrics_passes_on_the_file()
    {
        var promtool = Required.Program("promtool", "prometheus");
        var plain = Nodes.Worker.Build();
        var awkward = (Nodes.Worker with { CpuModel = "Vendor \"Fast\" C:\\cpu\nrev 2", BasisRuns = 2 }).Build();
        Assert.Multiple(() =>
        {
            foreach (var result in new[] { plain, awkward })
            {
                var (exit, output) = Check(promtool, TextfileMetrics.Render(result));
                Assert.That(exit, Is.Zero, output);
                Assert.That(output.Trim(), Is.Empty, "promtool's lint found something");
            }

            var (timestamped, said) = Check(promtool, "# HELP calibrate_x x\n# TYPE calibrate_x gauge\ncalibrate_x 1 1700000000000\n# HELP calibrate_count x\n# TYPE calibrate_count counter\ncalibrate_count 1\n");
            Assert.That((timestamped, said), Is.Not.EqualTo((0, "")), "promtool is checking at all");
        });
    }

    private static (int Exit, string Output) Check(string promtool, string text)
    {
        var start = new ProcessStartInfo(promtool) { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("check");
        start.ArgumentList.Add("metrics");
        using var process = Process.Start(start)!;
        process.StandardInput.Write(text);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(30)), Is.True, "promtool did not finish");
        return (process.ExitCode, output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult());
    }

    /// <summary>Sample lines as series (name and labels as written) to value; comments skipped.</summary>
    private static Dictionary<string, double> Series(string exposition) =>
        exposition.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('#'))
            .Select(l => (Series: l[..l.LastIndexOf(' ')], Value: l[(l.LastIndexOf(' ') + 1)..]))
            .GroupBy(s => s.Series)
            .ToDictionary(g => g.Key, g => double.Parse(g.First().Value, NumberStyles.Float, CultureInfo.InvariantCulture));
}

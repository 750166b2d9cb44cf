using System.Text.RegularExpressions;
using Calibrate.Reports.Plotting;
using Calibrate.Reports.Reports;
using Calibrate.TestSupport.Services;

namespace Calibrate.Reports.Tests.Browser;

/// <summary>
/// The HTML report opened in headless Chromium: the screenshot is not blank and shows the charts' palette colours,
/// and the network log holds no URL other than the file itself; the PNGs written beside it decode, are not blank and
/// show the palette too. Ignored without Chromium locally, failed in CI (CI=true), where .ci/install-chromium.sh must
/// have installed it.
/// </summary>
[Category("Browser")]
public sealed partial class HtmlReportChromiumTests
{
    [Test]
    public void Report_renders_offline_with_charts()
    {
        var chromium = Chromium.Find();
        if (chromium is null)
        {
            Required.Missing("chromium is not installed (run .ci/install-chromium.sh)");
        }

        var dir = Path.Combine(Path.GetTempPath(), "calibrate-chromium-" + Guid.NewGuid().ToString("N"));
        try
        {
            var report = Path.Combine(dir, "report");
            ReportWriter.Write(report, Fixtures.Report(labels: 12));
            var png = Path.Combine(dir, "screenshot.png");
            var netLog = Path.Combine(dir, "netlog.json");
            var (exit, output) = Chromium.Screenshot(chromium!, Path.Combine(report, ReportWriter.HtmlFile), png, netLog, Path.Combine(dir, "profile"));
            Assert.That(File.Exists(png), Is.True, $"no screenshot; chromium exited {exit}: {output}");
            var keep = Environment.GetEnvironmentVariable("CALIBRATE_KEEP_SCREENSHOT");
            if (!string.IsNullOrEmpty(keep))
            {
                File.Copy(png, keep, overwrite: true);
            }

            var image = PngDecoder.Decode(File.ReadAllBytes(png));
            Assert.That((image.Width, image.Height), Is.EqualTo((1280, 2000)));
            AssertShowsPalette(image, "the screenshot");
            Assert.That(PageRequests(netLog), Is.Empty, "URLs requested while rendering");

            var chartPngs = Directory.GetFiles(report, "chart-*.png");
            Assert.That(chartPngs, Has.Length.EqualTo(6));
            foreach (var chartPng in chartPngs)
            {
                var chart = PngDecoder.Decode(File.ReadAllBytes(chartPng));
                Assert.That((chart.Width, chart.Height), Is.EqualTo((960, 540)), chartPng);
                Assert.That(PngColours.Distinct(chart), Has.Count.GreaterThan(50), $"{chartPng}: blank or near-blank");
            }

            // The scaling chart has four pinning policies: its PNG shows the first four series colours.
            AssertShowsPalette(PngDecoder.Decode(File.ReadAllBytes(Path.Combine(report, "chart-2-scaling.png"))), "chart-2-scaling.png");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// Negative control: a page with one external image must be caught by the net-log check, or the check proves nothing.
    /// </summary>
    [Test]
    public void Net_log_check_catches_an_external_request()
    {
        var chromium = Chromium.Find();
        if (chromium is null)
        {
            Required.Missing("chromium is not installed (run .ci/install-chromium.sh)");
        }

        var dir = Path.Combine(Path.GetTempPath(), "calibrate-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var page = Path.Combine(dir, "page.html");
            File.WriteAllText(page, "<!DOCTYPE html><html><body><img src=\"http://calibrate-test.invalid/x.png\"><p>x</p></body></html>");
            var netLog = Path.Combine(dir, "netlog.json");
            Chromium.Screenshot(chromium!, page, Path.Combine(dir, "s.png"), netLog, Path.Combine(dir, "profile"));
            Assert.That(PageRequests(netLog), Does.Contain("http://calibrate-test.invalid/x.png"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// Every URL in the net log except file: and data: ones and Chromium's own background services (network time,
    /// account list, component updater), which it contacts whatever page is open; all of them fail anyway, since
    /// --host-resolver-rules resolves every host to nothing.
    /// </summary>
    private static string[] PageRequests(string netLogPath)
    {
        string[] browserOwn = ["http://clients2.google.com/time/", "https://accounts.google.com/ListAccounts", "http://update.googleapis.com/", "https://update.googleapis.com/"];
        return [.. UrlInNetLog().Matches(File.ReadAllText(netLogPath)).Select(m => m.Groups[1].Value).Distinct()
            .Where(u => !u.StartsWith("file:", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal))
            .Where(u => !browserOwn.Any(b => u.StartsWith(b, StringComparison.Ordinal)))];
    }

    private static void AssertShowsPalette(PngImage image, string what)
    {
        var colours = PngColours.Distinct(image);
        Assert.That(colours, Has.Count.GreaterThan(100), $"{what}: a blank or near-blank image");
        foreach (var hex in new[] { Palette.Blue, Palette.Orange, Palette.BluishGreen })
        {
            Assert.That(PngColours.Contains(colours, hex), Is.True, $"palette colour {hex} not in {what}");
        }
    }

    [GeneratedRegex("\"url\":\"([^\"]+)\"")]
    private static partial Regex UrlInNetLog();
}

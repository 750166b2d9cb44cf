using System.Buffers.Binary;
using System.Xml.Linq;
using Calibrate.Cli.Infrastructure;
using Calibrate.Cli.Tests.Statistics;

namespace Calibrate.Cli.Tests.Report;

/// <summary>`calibrate report` and `calibrate plot` through the CLI, from a real store of the site's results.</summary>
public sealed class ReportCommandTests
{
    [Test]
    public void A_report_writes_the_html_markdown_svgs_and_csvs()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        var (exit, _, error) = cli.Run("report", "--by", "label", "--baseline", "bare", "--out", "review");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        var dir = Path.Combine(cli.WorkingDirectory, "review");
        var html = File.ReadAllText(Path.Combine(dir, "index.html"));
        var markdown = File.ReadAllText(Path.Combine(dir, "summary.md"));
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<svg").And.Contain("kvm-pinned"));
            Assert.That(html, Does.Not.Contain("src=\"http").And.Not.Contain("href=\"http"));
            Assert.That(markdown, Does.Contain("| kvm-unpinned"));
            Assert.That(Directory.GetFiles(dir, "chart-*.svg"), Is.Not.Empty);
            Assert.That(Directory.GetFiles(dir, "chart-*.csv").Length, Is.EqualTo(Directory.GetFiles(dir, "chart-*.svg").Length));
            Assert.That(Directory.GetFiles(dir, "chart-*.png").Length, Is.EqualTo(Directory.GetFiles(dir, "chart-*.svg").Length), "a PNG beside each SVG");
        });
        foreach (var png in Directory.GetFiles(dir, "*.png"))
        {
            Assert.That(File.ReadAllBytes(png).AsSpan(0, 8).ToArray(), Is.EqualTo(PngSignature), png);
        }

        foreach (var svg in Directory.GetFiles(dir, "*.svg"))
        {
            Assert.That(XDocument.Load(svg).Root!.Name.LocalName, Is.EqualTo("svg"), svg);
        }
    }

    [Test]
    public void Plot_writes_one_chart()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        var (exit, output, error) = cli.Run("plot", "score-by-label", "--baseline", "bare", "--out", "score.svg");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("score.svg"));
        Assert.That(XDocument.Load(Path.Combine(cli.WorkingDirectory, "score.svg")).Root!.Name.LocalName, Is.EqualTo("svg"));
    }

    [Test]
    public void Plot_writes_a_png_of_the_size_asked_for()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        var (exit, output, error) = cli.Run("plot", "score-by-label", "--baseline", "bare", "--out", "slides/score.PNG", "--width", "1280", "--height", "720");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("score.PNG"));
        var png = File.ReadAllBytes(Path.Combine(cli.WorkingDirectory, "slides", "score.PNG"));
        Assert.That(png.AsSpan(0, 8).ToArray(), Is.EqualTo(PngSignature));
        Assert.That((BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))), Is.EqualTo((1280, 720)), "IHDR width and height");
    }

    [TestCase(new[] { "report", "--baseline", "nosuch", "--out", "r" }, "nosuch", ExitCodes.Usage)]
    [TestCase(new[] { "plot", "pie", "--out", "r/p.svg" }, "pie", ExitCodes.Usage)]
    [TestCase(new[] { "report", "--by", "cpu", "--out", "r" }, "cpu", ExitCodes.Usage)]
    [TestCase(new[] { "plot", "score-by-label", "--out", "r/score.jpg" }, "r/score.jpg: the extension chooses the format, one of .svg, .png", ExitCodes.Usage)]
    [TestCase(new[] { "plot", "score-by-label", "--out", "r/score" }, ".svg, .png", ExitCodes.Usage)]
    [TestCase(new[] { "plot", "score-by-label", "--out", "r/s.svg", "--width", "100" }, "--width 100", ExitCodes.Usage)]
    [TestCase(new[] { "plot", "score-by-label", "--out", "r/s.png", "--height", "99999" }, "--height 99999", ExitCodes.Usage)]
    public void Bad_requests_are_one_clear_line(string[] args, string named, int exitCode)
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        var (exit, _, error) = cli.Run(args);
        Assert.That(exit, Is.EqualTo(exitCode), error);
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Contain(named));
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "r")), Is.False, "nothing written");
    }

    private static readonly byte[] PngSignature = [137, 80, 78, 71, 13, 10, 26, 10];
}

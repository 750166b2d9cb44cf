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
        });
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

    [TestCase(new[] { "report", "--baseline", "nosuch", "--out", "r" }, "nosuch")]
    [TestCase(new[] { "plot", "pie", "--out", "p.svg" }, "pie")]
    [TestCase(new[] { "report", "--by", "cpu", "--out", "r" }, "cpu")]
    public void Bad_requests_are_one_clear_line(string[] args, string named)
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        var (exit, _, error) = cli.Run(args);
        Assert.That(exit, Is.Not.EqualTo(ExitCodes.Ok));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Contain(named));
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "r")), Is.False);
    }
}

using System.Globalization;
using System.Xml.Linq;
using Calibrate.Cli.Infrastructure;
using Calibrate.Cli.Tests.Statistics;

namespace Calibrate.Cli.Tests.Report;

/// <summary>Chart 3 through the CLI: `report --reference` and `plot calibration`, from the site's reference nodes.</summary>
public sealed class CalibrationReportTests
{
    private const string Chart = "chart-3-calibration";

    private static readonly string[] ReferenceNodes = ["e5v2-01", "e5v4-01", "gold01", "epyc01", "kvm-pinned"];

    [Test]
    public void A_report_with_references_adds_the_calibration_chart_and_its_figures()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        SiteData.Write(cli, "refs.csv", SiteData.References);
        var (exit, output, error) = cli.Run("report", "--baseline", "bare", "--reference", "refs.csv", "--out", "review");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain(Chart + ".svg").And.Contain(Chart + ".csv"));
        var dir = Path.Combine(cli.WorkingDirectory, "review");
        var rows = File.ReadAllLines(Path.Combine(dir, Chart + ".csv")).Select(l => l.Split(',')).ToArray();
        Assert.That(rows[0], Is.EqualTo(new[] { "kind", "node", "score", "hs06", "fitted_hs06", "band_low", "band_high" }));
        var references = rows.Where(r => r[0] == "reference").ToDictionary(r => r[1], r => r);
        Assert.That(references.Keys, Is.EquivalentTo(ReferenceNodes));
        Assert.Multiple(() =>
        {
            Assert.That(Number(references["gold01"][3]), Is.EqualTo(845.0));
            foreach (var row in references.Values)
            {
                var (score, hs06, fitted) = (Number(row[2]), Number(row[3]), Number(row[4]));
                Assert.That(score, Is.GreaterThan(0), row[1]);
                Assert.That(fitted, Is.EqualTo(hs06).Within(5).Percent, row[1]);
            }

            Assert.That(rows.Count(r => r[0] == "band"), Is.GreaterThan(2));
        });
        var svg = XDocument.Load(Path.Combine(dir, Chart + ".svg"));
        var texts = svg.Descendants(XName.Get("text", "http://www.w3.org/2000/svg")).Select(t => t.Value.Trim()).ToArray();
        Assert.That(ReferenceNodes, Is.SubsetOf(texts), "every reference node is labelled");
        var html = File.ReadAllText(Path.Combine(dir, "index.html"));
        Assert.That(html, Does.Contain($"<figure id=\"{Chart}\">").And.Contain("prediction interval of a new node"));
        Assert.That(File.ReadAllText(Path.Combine(dir, "summary.md")), Does.Contain($"({Chart}.svg)"));
    }

    [Test]
    public void Without_references_the_report_has_no_calibration_chart()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        var (exit, _, error) = cli.Run("report", "--baseline", "bare", "--out", "review");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(Directory.GetFiles(Path.Combine(cli.WorkingDirectory, "review"), "chart-3-*"), Is.Empty);
    }

    [TestCase("calibration")]
    [TestCase("3")]
    public void Plot_calibration_writes_the_chart(string chart)
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        SiteData.Write(cli, "refs.csv", SiteData.References);
        var (exit, output, error) = cli.Run("plot", chart, "--reference", "refs.csv", "--out", "plots/calibration.svg");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.StartWith("Chart 3 (Calibration"));
        var svg = XDocument.Load(Path.Combine(cli.WorkingDirectory, "plots", "calibration.svg"));
        Assert.That(svg.Root!.Name.LocalName, Is.EqualTo("svg"));
        Assert.That(svg.ToString(), Does.Contain("prediction band").And.Contain("epyc01"));
    }

    [Test]
    public void Plot_calibration_without_references_says_what_it_needs()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        var (exit, _, error) = cli.Run("plot", "calibration", "--out", "c.svg");
        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Contain("--reference"));
        Assert.That(File.Exists(Path.Combine(cli.WorkingDirectory, "c.svg")), Is.False);
    }

    [TestCase("node,hs06\ne5v2-01,318\nnosuch,400\ngold01,845\n")]
    [TestCase("node,hs06\ne5v2-01,318\ngold01,845\nGOLD01,850\n")]
    [TestCase("node,hs06\ne5v2-01,318\ngold01,lots\nepyc01,1190\n")]
    [TestCase("node,hs06\ne5v2-01,318\ngold01,845\n")]
    [TestCase("host,score\ne5v2-01,318\n")]
    [TestCase("node,hs06\ne5v2-01,318\ndist01,1000\ngold01,845\n")]
    [TestCase(null)]
    public void A_bad_refs_csv_fails_as_fit_does_and_writes_nothing(string? refs)
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        if (refs is not null)
        {
            SiteData.Write(cli, "refs.csv", refs);
        }

        var fit = cli.Run("fit", "--reference", "refs.csv", "--dry-run");
        var report = cli.Run("report", "--reference", "refs.csv", "--out", "review");
        var plot = cli.Run("plot", "calibration", "--reference", "refs.csv", "--out", "review/c.svg");
        Assert.That(fit.Exit, Is.EqualTo(ExitCodes.Usage), fit.Error);
        Assert.Multiple(() =>
        {
            foreach (var (exit, _, error) in new[] { report, plot })
            {
                Assert.That(exit, Is.EqualTo(ExitCodes.Usage), error);
                Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
                Assert.That(error, Is.EqualTo(fit.Error));
            }

            Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "review")), Is.False);
        });
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

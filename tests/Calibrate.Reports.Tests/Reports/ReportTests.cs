using System.Text.RegularExpressions;
using System.Xml.Linq;
using Calibrate.Reports.Reports;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Reports.Tests.Reports;

/// <summary>The report folder: self-contained HTML, the same table in Markdown, every chart as SVG, PNG and CSV.</summary>
public sealed partial class ReportTests
{
    private static ChartDrawing[] Drawings(ReportInput input) => [.. ReportCharts.Build(input).Select(c => ChartDrawing.Of(c))];

    [Test]
    public void Html_has_no_external_reference()
    {
        var html = HtmlReport.Render(Fixtures.Report(), Drawings(Fixtures.Report()));
        // Namespace names are identifiers, never fetched.
        var withoutNamespace = XmlNamespace().Replace(html, string.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(withoutNamespace, Does.Not.Contain("http").IgnoreCase);
            Assert.That(withoutNamespace, Does.Not.Contain("//"), "protocol-relative URL");
            Assert.That(ExternalAttribute().Matches(html).Select(m => m.Value), Is.Empty);
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<link").And.Not.Contain("@import"));
            Assert.That(html, Does.Not.Match(@"url\((?!#)"), "url() other than a reference within the document (clip paths)");
        });
    }

    [Test]
    public void Html_embeds_all_six_charts_and_the_table()
    {
        var input = Fixtures.Report();
        var html = HtmlReport.Render(input, Drawings(input));
        Assert.That(Regex.Count(html, "<svg "), Is.EqualTo(6));
        Assert.That(html, Does.Not.Contain("<?xml"), "an XML declaration inside HTML is a stray processing instruction");
        var ids = Regex.Matches(html, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.That(ids, Is.Unique, "ids of the six inline SVGs must not collide");
        Assert.That(html, Does.Contain("<td>bare (baseline)</td>"));
        Assert.That(html, Does.Contain("href=\"data:text/csv"));
    }

    [Test]
    public void Markdown_and_html_show_the_same_table()
    {
        var input = Fixtures.Report();
        var drawings = Drawings(input);
        var md = MarkdownReport.Render(input, [.. drawings.Select(d => d.Chart)]);
        var html = HtmlReport.Render(input, drawings);
        foreach (var row in SummaryTable.From(input.Labels).Rows)
        {
            Assert.That(md, Does.Contain("| " + string.Join(" | ", row) + " |"));
            Assert.That(html, Does.Contain("<td>" + string.Join("</td><td>", row.Select(System.Net.WebUtility.HtmlEncode)) + "</td>"));
        }
    }

    [Test]
    public void Markdown_report_matches_snapshot_under_both_cultures() =>
        Snapshot.Match("summary.md", () => MarkdownReport.Render(Fixtures.Report(), ReportCharts.Build(Fixtures.Report())));

    [Test]
    public void Writer_writes_the_folder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "calibrate-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = ReportWriter.Write(dir, Fixtures.Report());
            var names = files.Select(Path.GetFileName).ToArray();
            Assert.That(names[0], Is.EqualTo("index.html"));
            Assert.That(names, Does.Contain("summary.md").And.Contain("chart-1-score-by-label.svg").And.Contain("chart-5-fleet.csv"));
            Assert.That(names.Count(n => n!.EndsWith(".svg", StringComparison.Ordinal)), Is.EqualTo(6));
            Assert.That(names.Count(n => n!.EndsWith(".png", StringComparison.Ordinal)), Is.EqualTo(6));
            foreach (var png in files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
            {
                Assert.That(Browser.PngDecoder.Decode(File.ReadAllBytes(png)).Width, Is.EqualTo(960), png);
            }

            Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName), Is.EquivalentTo(names), "no temporary files left");
            foreach (var svg in files.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)))
            {
                Assert.DoesNotThrow(() => XDocument.Load(svg));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A chart that cannot be written (a directory stands at its path) fails the report before its entry points are written.</summary>
    [Test]
    public void A_write_that_fails_part_way_leaves_no_new_entry_point()
    {
        var dir = Path.Combine(Path.GetTempPath(), "calibrate-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stem = ReportCharts.Build(Fixtures.Report())[^1].FileStem;
            Directory.CreateDirectory(Path.Combine(dir, stem + ".csv"));
            Assert.That(() => ReportWriter.Write(dir, Fixtures.Report()), Throws.InstanceOf<IOException>().Or.InstanceOf<UnauthorizedAccessException>());
            Assert.Multiple(() =>
            {
                Assert.That(File.Exists(Path.Combine(dir, ReportWriter.HtmlFile)), Is.False, "index.html");
                Assert.That(File.Exists(Path.Combine(dir, ReportWriter.MarkdownFile)), Is.False, "summary.md");
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void No_labels_is_one_sentence_not_an_empty_table()
    {
        var input = Fixtures.Report() with { Labels = [], KernelRatios = [] };
        var html = HtmlReport.Render(input, []);
        var md = MarkdownReport.Render(input, []);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<table"));
            Assert.That(html, Does.Contain("<p>" + SummaryTable.NoLabels + "</p>"));
            Assert.That(md, Does.Not.Contain("| Label"));
            Assert.That(md, Does.Contain("\n" + SummaryTable.NoLabels + "\n"));
            Assert.That(HtmlReport.Meta(input), Does.Contain("from 120 results, 0 labels"));
        });
    }

    [GeneratedRegex("\\sxmlns(:\\w+)?=\"[^\"]*\"")]
    private static partial Regex XmlNamespace();

    [GeneratedRegex("(src|href|action|xlink:href)\\s*=\\s*\"(?!data:|#)[^\"]*\"", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAttribute();
}

using System.Text.RegularExpressions;
using System.Xml.Linq;
using Calibrate.Reports.Reports;
using Calibrate.Reports.Svg;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Reports.Tests.Reports;

/// <summary>The report folder: self-contained HTML, the same table in Markdown, every chart as SVG and CSV.</summary>
public sealed partial class ReportTests
{
    [Test]
    public void Html_has_no_external_reference()
    {
        var html = HtmlReport.Render(Fixtures.Report(), ReportCharts.Build(Fixtures.Report()));
        var withoutNamespace = html.Replace($"xmlns=\"{SvgCanvas.Namespace}\"", string.Empty, StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(withoutNamespace, Does.Not.Contain("http").IgnoreCase);
            Assert.That(withoutNamespace, Does.Not.Contain("//"), "protocol-relative URL");
            Assert.That(ExternalAttribute().Matches(html).Select(m => m.Value), Is.Empty);
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<link").And.Not.Contain("@import").And.Not.Contain("url("));
        });
    }

    [Test]
    public void Html_embeds_all_six_charts_and_the_table()
    {
        var input = Fixtures.Report();
        var html = HtmlReport.Render(input, ReportCharts.Build(input));
        Assert.That(Regex.Count(html, "<svg "), Is.EqualTo(6));
        Assert.That(html, Does.Contain("<td>bare (baseline)</td>"));
        Assert.That(html, Does.Contain("href=\"data:text/csv"));
    }

    [Test]
    public void Markdown_and_html_show_the_same_table()
    {
        var input = Fixtures.Report();
        var charts = ReportCharts.Build(input);
        var md = MarkdownReport.Render(input, charts);
        var html = HtmlReport.Render(input, charts);
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

    [GeneratedRegex("(src|href|action|xlink:href)\\s*=\\s*\"(?!data:|#)[^\"]*\"", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAttribute();
}

using Calibrate.Reports.Rendering;
using Calibrate.Reports.Reports;

namespace Calibrate.Reports.Tests.Rendering;

/// <summary>
/// Without a usable font ScottPlot draws no text and says nothing: the chart font is found or the drawing stops with
/// one clear line, before anything is written.
/// </summary>
public sealed class ChartFontTests
{
    private string empty = string.Empty;

    [SetUp]
    public void CreateEmptyDirectory()
    {
        empty = Path.Combine(Path.GetTempPath(), "calibrate-fonts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
    }

    [TearDown]
    public void DeleteEmptyDirectory() => Directory.Delete(empty, recursive: true);

    [Test]
    public void The_system_font_is_dejavu_sans_from_debians_package()
    {
        var (regular, bold) = ChartFont.System.Find();
        Assert.That(regular, Is.EqualTo("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), "fonts-dejavu-core, installed by .ci/run");
        Assert.That(bold, Is.EqualTo("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));
    }

    [Test]
    public void No_font_in_the_directories_is_one_clear_line_naming_the_package()
    {
        var error = Assert.Throws<NoUsableFontException>(() => new ChartFont([empty]).Find());
        Assert.That(error!.Message, Is.EqualTo($"no usable font: install fonts-dejavu-core ({Path.Combine(empty, "DejaVuSans.ttf")})"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void The_message_for_the_system_directories_names_debians_path() =>
        Assert.That(
            Assert.Throws<NoUsableFontException>(() => new ChartFont(["/nonexistent/fonts", .. ChartFont.SystemDirectories.Skip(1).Select(d => "/nonexistent" + d)]).Find())!.Message,
            Is.EqualTo("no usable font: install fonts-dejavu-core (/nonexistent/fonts/DejaVuSans.ttf)"));

    [Test]
    public void A_file_that_is_not_a_font_is_not_used()
    {
        File.WriteAllText(Path.Combine(empty, ChartFont.RegularFile), "not a font");
        Assert.Throws<NoUsableFontException>(() => new ChartFont([empty]).Find());
    }

    [Test]
    public void The_font_is_taken_from_the_first_directory_that_has_it()
    {
        var (regular, _) = new ChartFont([empty, .. ChartFont.SystemDirectories]).Find();
        Assert.That(regular, Is.EqualTo(ChartFont.System.Find().Regular));
    }

    [Test]
    public void A_chart_is_not_drawn_without_a_font()
    {
        var chart = Charts.AllCharts.Small(1);
        Assert.Throws<NoUsableFontException>(() => ChartRenderer.Render(chart.Figure, new ChartFont([empty])).Dispose());
        var file = Path.Combine(empty, "out", "chart.png");
        Assert.Throws<NoUsableFontException>(() => ReportWriter.WriteChart(file, chart, new ChartFont([empty])));
        Assert.That(Directory.Exists(Path.Combine(empty, "out")), Is.False, "nothing written");
    }

    [Test]
    public void A_report_writes_nothing_without_a_font()
    {
        var directory = Path.Combine(empty, "report");
        Assert.Throws<NoUsableFontException>(() => ReportWriter.Write(directory, Fixtures.Report(), new ChartFont([empty])));
        Assert.That(Directory.Exists(directory), Is.False);
    }
}

using Calibrate.Reports.Charts;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Tests.Charts;

/// <summary>Chart 6 joins only comparable runs: one line per label, number of copies and profile.</summary>
public sealed class HistoryChartTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private static HistoryPoint Run(int hour, double score, int copies, string profile = "quick", string? label = null) =>
        new(Start.AddHours(hour), score) { Copies = copies, Profile = profile, Label = label };

    [Test]
    public void A_one_copy_and_a_two_copy_run_are_not_joined()
    {
        var figure = HistoryChart.Build("wn-01", [Run(0, 21.1, copies: 1), Run(1, 41.8, copies: 2)]).Figure;
        var series = figure.Series.Cast<PointSeries>().ToArray();
        Assert.That(series.Select(s => s.Name), Is.EqualTo(new[] { "(no label), 1 copy, quick", "(no label), 2 copies, quick" }));
        Assert.That(series.Select(s => s.Points.Count), Is.All.EqualTo(1), "no line between the two runs");
        Assert.That(figure.Legend.Visible, Is.True);
        Assert.That(figure.Subtitle, Does.Contain("lines join runs of one label, copy count and profile"));
    }

    [Test]
    public void Runs_of_one_setup_are_joined_in_time_order_and_named_by_label()
    {
        var figure = HistoryChart.Build("wn-01", [Run(2, 21.3, 1, label: "kvm"), Run(0, 21.1, 1, label: "kvm"), Run(1, 21.0, 1, label: "kvm")]).Figure;
        var series = (PointSeries)figure.Series.Single();
        Assert.That(series.Name, Is.EqualTo("kvm"));
        Assert.That(series.Connect, Is.True);
        Assert.That(series.Points.Select(p => p.Y), Is.EqualTo(new[] { 21.1, 21.0, 21.3 }));
        Assert.That(figure.Legend.Visible, Is.False);
    }

    [Test]
    public void Profiles_split_series_as_copies_do()
    {
        var figure = HistoryChart.Build("wn-01", [Run(0, 21.1, 2, "quick"), Run(1, 21.5, 2, "standard"), Run(2, 21.2, 2, "quick")]).Figure;
        Assert.That(figure.Series.Cast<PointSeries>().Select(s => (s.Name, s.Points.Count)),
            Is.EqualTo(new[] { ("(no label), 2 copies, quick", 2), ("(no label), 2 copies, standard", 1) }));
    }

    [Test]
    public void The_csv_keeps_copies_and_profile()
    {
        var data = HistoryChart.Build("wn-01", [Run(0, 21.1, copies: 1)]).Data;
        Assert.That(data.Headers, Is.EqualTo(new[] { "time_utc", "label", "copies", "profile", "node_score", "low_95", "high_95" }));
        Assert.That(data.Rows[0], Is.EqualTo(new[] { "2026-11-20T08:00:00Z", string.Empty, "1", "quick", "21.1", string.Empty, string.Empty }));
    }
}

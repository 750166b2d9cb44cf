using Calibrate.Core.Results;
using Calibrate.Reports.Inputs;
using Calibrate.Reports.Reports;
using Calibrate.TestSupport.Results;

namespace Calibrate.Reports.Tests.Reports;

/// <summary>From stored result summaries to a report, through the statistics' label comparison.</summary>
public sealed class ResultReportInputTests
{
    private static ResultSummary Result(int i, string host, string? label, int copies, double perCopy, bool disturbed = false) => new TestResult
    {
        Id = TestResult.IdOf(i),
        Hostname = host,
        Label = label,
        CpuModel = "Intel(R) Xeon(R) Gold 6326 CPU @ 2.90GHz",
        StartedUtc = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i),
        Copies = copies,
        Pinning = "core",
        NodeScore = perCopy * copies,
        Disturbed = disturbed,
        Kernels = [TestKernel.Scoring("fft", perCopy * 1.01), TestKernel.Scoring("sort", perCopy * 0.99)],
    }.Summary();

    [Test]
    public void One_node_with_labels_and_copy_counts_gives_comparison_scaling_and_history()
    {
        var results = new List<ResultSummary>();
        var i = 0;
        foreach (var (label, perCopy) in new[] { ("bare", 12.0), ("kvm-pinned", 11.7), ("kvm-floating", 11.1) })
        {
            foreach (var copies in new[] { 1, 2, 4, 8 })
            {
                for (var r = 0; r < 3; r++)
                {
                    results.Add(Result(i++, "wn-01", label, copies, perCopy * (1 + (0.003 * r)) * (copies == 8 ? 0.9 : 1)));
                }
            }
        }

        results.Add(Result(i, "wn-01", "bare", 8, 3, disturbed: true));
        var input = ResultReportInput.Build(results, "bare", new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Multiple(() =>
        {
            Assert.That(input.Labels.Select(l => l.Label), Is.EqualTo(new[] { "bare", "kvm-pinned", "kvm-floating" }));
            Assert.That(input.Labels[0].IsBaseline, Is.True);
            Assert.That(input.Labels[1].Ratio, Is.EqualTo(11.7 / 12).Within(0.01));
            Assert.That(input.KernelRatios, Has.Count.EqualTo(4));
            Assert.That(input.Scaling.Select(s => s.Copies).Distinct(), Is.EqualTo(new[] { 1, 2, 4, 8 }));
            Assert.That(input.History, Has.Count.EqualTo(36), "disturbed runs left out");
            Assert.That(input.Fleet, Is.Empty);
            Assert.That(input.Notes, Has.Some.Contains("1 disturbed"));
        });
        Assert.That(ReportCharts.Build(input).Select(c => c.Number), Is.EqualTo(new[] { 1, 2, 4, 6 }));
    }

    /// <summary>Issue 14: "a report of two runs of one node (one with 1 copy, one with 2, no labels)".</summary>
    [Test]
    public void Two_unlabelled_runs_of_one_node_make_a_report_that_says_so()
    {
        var input = ResultReportInput.Build([Result(0, "wn-01", null, 1, 21.1), Result(1, "wn-01", null, 2, 20.9)], null, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var charts = ReportCharts.Build(input);
        Assert.Multiple(() =>
        {
            Assert.That(input.Title, Is.EqualTo("Results of 1 node"));
            Assert.That(input.Labels, Is.Empty);
            Assert.That(MarkdownReport.Render(input, charts), Does.Contain(SummaryTable.NoLabels).And.Not.Contain("| Label"));
            Assert.That(charts.Select(c => c.Number), Is.EqualTo(new[] { 2, 6 }));
            var history = charts.Single(c => c.Number == 6).Figure;
            Assert.That(history.Series, Has.Count.EqualTo(2), "the 1-copy and the 2-copy run are not joined");
            Assert.That(history.Y.Caption, Is.EqualTo("Node score (Calibrate score)"));
        });
    }
}

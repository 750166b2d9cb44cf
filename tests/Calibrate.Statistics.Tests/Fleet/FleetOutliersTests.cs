using System.Globalization;
using Calibrate.Core.Results;
using Calibrate.Statistics.Fleet;
using Calibrate.Statistics.Tests.Support;
using Calibrate.TestSupport.Results;

namespace Calibrate.Statistics.Tests.Fleet;

public sealed class FleetOutliersTests
{
    [Test]
    public void A_node_with_power_saving_stands_out_of_its_peers_and_other_models_are_separate()
    {
        var random = new Random(9);
        var results = new List<ResultSummary>();
        for (var n = 0; n < 20; n++)
        {
            for (var r = 0; r < 3; r++)
            {
                var slow = n == 7 && r == 2 ? 0.85 : 1.0;
                results.Add(Node($"wn{n:00}", 400 * slow * (1 + (0.003 * MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1))), DateTimeOffset.UnixEpoch.AddDays(r)));
            }
        }

        results.AddRange(Enumerable.Range(0, 6).Select(i => Node($"other{i}", 300 + i, DateTimeOffset.UnixEpoch, cpu: "CPU B")));
        var report = FleetOutliers.Find(results);
        Assert.Multiple(() =>
        {
            Assert.That(report.Outliers.Select(o => o.Hostname), Is.EqualTo(new[] { "wn07" }));
            Assert.That(report.Outliers[0].RelativeShortfall, Is.EqualTo(0.15).Within(0.02));
            Assert.That(report.Models.Select(m => (m.CpuModel, m.N)), Is.EqualTo(new[] { ("CPU A", 20), ("CPU B", 6) }));
        });
    }

    [Test]
    public void Node_estimates_take_the_median_over_runs_and_the_latest_run()
    {
        var results = new[]
        {
            Node("wn01", 100, DateTimeOffset.UnixEpoch),
            Node("wn01", 90, DateTimeOffset.UnixEpoch.AddDays(2)),
            Node("wn01", 101, DateTimeOffset.UnixEpoch.AddDays(1)),
            Node("wn01", 10, DateTimeOffset.UnixEpoch.AddDays(3), disturbed: true),
        };
        var estimate = NodeEstimates.Compute(results).Single();
        Assert.Multiple(() =>
        {
            Assert.That(estimate.MedianScore, Is.EqualTo(100));
            Assert.That(estimate.LatestScore, Is.EqualTo(90));
            Assert.That(estimate.Runs, Is.EqualTo(3));
        });
    }

    [Test]
    public void Job_slot_probes_outliers_match_the_python_reference()
    {
        var rows = Csv.Read(TestFiles.Path("TestData", "hepscore23_jobslot_probes.csv"));
        var results = rows
            .Select((r, i) => (Line: i + 2, Row: r)) // record number as in generate_vectors.py (one record spans two lines)
            .Where(x => double.TryParse(x.Row["Score/Ncores"], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .Select(x => Node(
                x.Line.ToString(CultureInfo.InvariantCulture), double.Parse(x.Row["Score/Ncores"], CultureInfo.InvariantCulture), DateTimeOffset.UnixEpoch, copies: 1, cpu: x.Row["CPU"]))
            .ToArray();
        var report = FleetOutliers.Find(results);
        var expected = TestFiles.Vectors("realdata.json").GetProperty("jobslot_outliers");
        var expectedLines = expected.GetProperty("outliers").EnumerateArray().Select(o => o.GetProperty("line").GetInt32().ToString(CultureInfo.InvariantCulture)).Order().ToArray();
        TestContext.Out.WriteLine(FormattableString.Invariant($"job-slot probes: {report.Outliers.Count} outlying configurations in {report.Models.Count(m => m.N >= FleetOutliers.MinimumPeers)} CPU models"));
        Assert.Multiple(() =>
        {
            Assert.That(report.Outliers.Select(o => o.Hostname).Order(), Is.EqualTo(expectedLines));
            Assert.That(report.Models.Count(m => m.N >= FleetOutliers.MinimumPeers), Is.EqualTo(expected.GetProperty("groups").GetInt32()));
        });
    }

    private static ResultSummary Node(string host, double score, DateTimeOffset started, int copies = 8, string cpu = "CPU A", bool disturbed = false) =>
        new TestResult { Id = Guid.NewGuid(), Hostname = host, NodeScore = score, Copies = copies, CpuModel = cpu, StartedUtc = started, Disturbed = disturbed }.Summary();
}

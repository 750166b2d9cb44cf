using Calibrate.Core.Results;
using Calibrate.Node.Fleet;
using Calibrate.TestSupport.Results;

namespace Calibrate.Node.Tests.Fleet;

/// <summary>The join of job states and stored results, as a pure function.</summary>
public sealed class CampaignStatusTests
{
    private static readonly DateTimeOffset Submitted = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Each_node_gets_its_state()
    {
        var report = Report();
        Assert.That(report.Nodes.Select(n => (n.Node, n.State)), Is.EqualTo(new[]
        {
            ("wn001", NodeState.Done), ("wn002", NodeState.Running), ("wn003", NodeState.Pending), ("wn004", NodeState.Failed), ("wn005", NodeState.Failed),
            ("wn008.example.org", NodeState.Current), ("wn009.example.org", NodeState.Stale),
        }));
    }

    [Test]
    public void Each_row_carries_the_job_and_the_result_it_was_judged_by()
    {
        var rows = Report().Nodes.ToDictionary(n => n.Node);
        Assert.Multiple(() =>
        {
            Assert.That((rows["wn001"].JobId, rows["wn001"].ResultUtc), Is.EqualTo(("11", (DateTimeOffset?)Submitted.AddMinutes(8))), "done by the campaign's own result");
            Assert.That(rows["wn001"].Estimate, Is.EqualTo(TestResult.DefaultEstimate));
            Assert.That(rows["wn002"].ResultUtc, Is.Null, "running, without a result");
            Assert.That(rows["wn004"].ResultUtc, Is.EqualTo(Submitted.AddDays(-60)), "failed, showing its latest older result");
            Assert.That((rows["wn009.example.org"].JobId, rows["wn009.example.org"].ResultUtc), Is.EqualTo(((string?)null, (DateTimeOffset?)Submitted.AddDays(-45))));
        });
    }

    private static CampaignReport Report()
    {
        var campaign = new Campaign
        {
            Id = "20261121T090000Z",
            Scheduler = "slurm",
            Store = "postgresql://calibrate@db/calibrate",
            Profile = "standard",
            SubmittedUtc = Submitted,
            Jobs = [Job("wn001", "11"), Job("wn002", "12"), Job("wn003", "13"), Job("wn004", "14"), Job("wn005", "15")],
        };
        var jobs = new Dictionary<string, JobPhase> { ["11"] = JobPhase.Ended, ["12"] = JobPhase.Running, ["13"] = JobPhase.Pending, ["14"] = JobPhase.Ended };
        var done = Summary("wn001.example.org", campaign.Label, Submitted.AddMinutes(8));
        var latest = new[]
        {
            done,
            Summary("wn004.example.org", null, Submitted.AddDays(-60)),
            Summary("wn008.example.org", null, Submitted.AddDays(-3)),
            Summary("wn009.example.org", null, Submitted.AddDays(-45)),
        };
        return CampaignStatus.Join(campaign, jobs, [done], latest, Submitted.AddHours(1), TimeSpan.FromDays(30));
    }

    private static CampaignJob Job(string node, string id) => new(node, id, Submitted);

    private static ResultSummary Summary(string host, string? label, DateTimeOffset started) =>
        new TestResult { Id = Guid.NewGuid(), Hostname = host, Label = label, StartedUtc = started, Duration = TimeSpan.FromMinutes(5) }.Summary();
}

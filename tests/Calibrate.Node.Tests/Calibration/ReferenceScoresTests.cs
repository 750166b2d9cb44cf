using Calibrate.Core.Results;
using Calibrate.Node.Calibration;
using Calibrate.Statistics.Calibration;
using Calibrate.TestSupport.Results;

namespace Calibrate.Node.Tests.Calibration;

public sealed class ReferenceScoresTests
{
    [Test]
    public void A_hostname_wins_over_a_label_of_the_same_name()
    {
        var results = new[] { Summary("bare", null, 100), Summary("wn01", "bare", 50) };
        var matched = ReferenceScores.Match([new ReferenceRow(2, "bare", 200)], results);
        Assert.That(matched["bare"], Is.EqualTo(new MatchedScore(100, 1, ReferenceScores.ByHostname)));
    }

    [Test]
    public void A_label_is_matched_when_no_hostname_is_and_scored_by_the_median_of_its_runs()
    {
        var results = new[] { Summary("vm01", "kvm", 70), Summary("vm02", "kvm", 74), Summary("vm03", "kvm", 90) };
        var matched = ReferenceScores.Match([new ReferenceRow(2, "KVM", 150)], results);
        Assert.That(matched["KVM"], Is.EqualTo(new MatchedScore(74, 3, ReferenceScores.ByLabel)));
    }

    [Test]
    public void A_reference_that_matches_nothing_is_left_for_the_matcher_to_report()
    {
        var matched = ReferenceScores.Match([new ReferenceRow(2, "ghost", 150)], [Summary("wn01", null, 10)]);
        Assert.That(matched, Is.Empty);
    }

    private static ResultSummary Summary(string host, string? label, double score) => new()
    {
        Id = Guid.NewGuid(),
        Hostname = host,
        Label = label,
        CpuModel = "cpu",
        StartedUtc = TestResult.DefaultStart,
        Copies = 1,
        Pinning = "none",
        Profile = "quick",
        NodeScore = score,
        Disturbed = false,
        KernelScores = new Dictionary<string, double>(),
    };
}

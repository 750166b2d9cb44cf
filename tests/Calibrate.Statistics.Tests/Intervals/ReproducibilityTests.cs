using System.Globalization;
using Calibrate.Statistics.Descriptive;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Intervals;

/// <summary>The run-to-run term: from a node's history, pooled over a site's nodes, or the stated default; and how it combines.</summary>
public sealed class RunToRunReproducibilityTests
{
    internal static double[] Scores() => Csv.Read(TestFiles.Path("TestData", "node_scores_back_to_back.csv"))
        .Select(row => double.Parse(row["node_score"], CultureInfo.InvariantCulture)).ToArray();

    [Test]
    public void A_nodes_history_gives_its_own_relative_standard_deviation_with_n_minus_one_df()
    {
        var scores = Scores();
        var reference = TestFiles.Vectors("realdata.json").GetProperty("run_to_run");
        var fromNode = ReproducibilityEstimator.FromNode(scores)!;
        Assert.Multiple(() =>
        {
            Assert.That(fromNode.RelativeStandardDeviation, Is.EqualTo(reference.Number("cv")).Within(1e-12));
            Assert.That(fromNode.DegreesOfFreedom, Is.EqualTo(scores.Length - 1));
            Assert.That(fromNode.Source, Does.Contain("this node's last 10"));
            Assert.That(ReproducibilityEstimator.FromNode(scores[..2]), Is.Null, "two runs say nothing about the spread");
        });
    }

    [Test]
    public void The_site_pools_each_nodes_scores_relative_to_its_own_mean()
    {
        // Two nodes of one kind at different speeds: 100 ± 1 and 50 ± 0.5 are the same 1% relative spread.
        var pooled = ReproducibilityEstimator.FromSite([[99, 101, 100], [49.5, 50.5, 50]], "EPYC 7302")!;
        var single = SampleMoments.Of([0.99, 1.01, 1.00]);
        Assert.Multiple(() =>
        {
            Assert.That(pooled.RelativeStandardDeviation, Is.EqualTo(single.StandardDeviation).Within(1e-12));
            Assert.That(pooled.DegreesOfFreedom, Is.EqualTo(4));
            Assert.That(pooled.Source, Does.Contain("6 undisturbed results of 2 nodes of EPYC 7302"));
            Assert.That(ReproducibilityEstimator.FromSite([[10, 11]], "x"), Is.Null, "one df is too few");
        });
    }

    [Test]
    public void The_nodes_own_history_wins_then_the_site_then_the_default()
    {
        var node = new Reproducibility(0.01, 4, "node");
        var site = new Reproducibility(0.02, 40, "site");
        Assert.Multiple(() =>
        {
            Assert.That(ReproducibilityEstimator.Choose(node, site), Is.SameAs(node));
            Assert.That(ReproducibilityEstimator.Choose(null, site), Is.SameAs(site));
            Assert.That(ReproducibilityEstimator.Choose(null, null), Is.SameAs(ReproducibilityEstimator.Default));
            Assert.That(ReproducibilityEstimator.Default.RelativeStandardDeviation, Is.GreaterThan(3 * 0.0083), "never narrower than the development VM's own spread");
        });
    }

    [Test]
    public void Without_a_within_run_term_the_between_run_term_stands_alone_with_its_df()
    {
        var r = new Reproducibility(0.0083, 9, "test");
        var (u, df) = r.Combine(20.0, 0, double.PositiveInfinity);
        Assert.Multiple(() =>
        {
            Assert.That(u, Is.EqualTo(20.0 * 0.0083).Within(1e-12));
            Assert.That(df, Is.EqualTo(9).Within(1e-9));
        });
    }

    [Test]
    public void Scaling_the_score_and_its_within_run_term_scales_u_and_keeps_the_df()
    {
        var r = new Reproducibility(0.0083, 9, "test");
        var (u1, df1) = r.Combine(20.0, 0.05, 4);
        var (u2, df2) = r.Combine(70.0, 0.175, 4);
        Assert.Multiple(() =>
        {
            Assert.That(u2, Is.EqualTo(u1 * 3.5).Within(1e-12));
            Assert.That(df2, Is.EqualTo(df1).Within(1e-9));
            Assert.That(u1 * u1, Is.EqualTo((0.05 * 0.05) + Math.Pow(20.0 * 0.0083, 2)).Within(1e-15));
        });
    }

    [TestCase(0.071, 0.173)]
    [TestCase(0.02, 0.025)]
    [TestCase(0.10, 0.05)]
    [TestCase(0.001, 0.025)]
    public void The_combined_interval_is_never_narrower_than_either_term_alone(double withinRelative, double betweenRelative)
    {
        // The first case is an induced-noise run's (2026-12-02), where Welch-Satterthwaite alone gave 47.5% < 48.0%.
        const double score = 10;
        var r = new Reproducibility(betweenRelative, 4, "test");
        var within = withinRelative * score;
        var (u, df) = r.Combine(score, within, NodeScoreInterval.DegreesOfFreedom);
        var half = StudentTQuantile.TwoSided(0.95, df) * u;
        Assert.Multiple(() =>
        {
            Assert.That(half, Is.GreaterThanOrEqualTo(StudentTQuantile.TwoSided(0.95, 4) * betweenRelative * score * (1 - 1e-9)), "the run-to-run term's own");
            Assert.That(half, Is.GreaterThanOrEqualTo(StudentTQuantile.TwoSided(0.95, NodeScoreInterval.DegreesOfFreedom) * within * (1 - 1e-9)), "the within-run term's own");
            Assert.That(df, Is.GreaterThanOrEqualTo(NodeScoreInterval.DegreesOfFreedom), "never below the smallest term's df");
        });
    }

    [Test]
    public void Where_welch_satterthwaite_holds_both_terms_its_df_stands()
    {
        var r = new Reproducibility(0.0083, 9, "test");
        var (u, df) = r.Combine(20.0, 0.05, 4);
        var within = 0.05 * 0.05;
        var between = Math.Pow(20.0 * 0.0083, 2);
        Assert.That(df, Is.EqualTo(Math.Pow(within + between, 2) / ((within * within / 4) + (between * between / 9))).Within(1e-9));
        Assert.That(u, Is.EqualTo(Math.Sqrt(within + between)).Within(1e-12));
    }

    [Test]
    public void The_running_figure_narrows_as_one_over_root_n()
    {
        var r = new Reproducibility(0.02, 8, "test");
        var one = ScoreEvidence.OfRuns(100, null, [], r);
        var four = ScoreEvidence.OfRuns(100, null, [98, 102, 100], r);
        Assert.Multiple(() =>
        {
            Assert.That(one.Runs, Is.EqualTo(1));
            Assert.That(one.RelativeU, Is.EqualTo(0.02).Within(1e-12));
            Assert.That(four.Runs, Is.EqualTo(4));
            Assert.That(four.Score, Is.EqualTo(100).Within(1e-12));
            Assert.That(four.RelativeU, Is.EqualTo(0.02 / 2).Within(1e-12));
            Assert.That(four.Df, Is.EqualTo(8));
        });
    }
}

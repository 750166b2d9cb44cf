using System.Text.Json;
using Calibrate.Statistics.Priors;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Priors;

/// <summary>
/// Leave-one-site-out over the shipped HS23 table against the independent Python computation
/// (ReferenceVectors/generate_prior_vectors.py): every prediction, the SMT gain and the figures the README quotes.
/// </summary>
public sealed class LeaveOneSiteOutTests
{
    private const double Tolerance = 1e-12;

    private static readonly JsonElement Reference = TestFiles.Vectors("prior_vectors.json");

    [Test]
    public void Every_prediction_matches_the_reference()
    {
        var predictions = PublicTablePrior.Shipped.Loso.Predictions
            .ToDictionary(p => (p.Model, p.Site, p.SmtActive, p.LogicalCpus));
        var expected = Reference.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.That(predictions, Has.Count.EqualTo(expected.Length));
        Assert.Multiple(() =>
        {
            foreach (var e in expected)
            {
                var key = (e.GetProperty("model").GetString()!, e.GetProperty("site").GetString()!, e.GetProperty("smt").GetBoolean(), e.GetProperty("logical_cpus").GetInt32());
                Assert.That(predictions.TryGetValue(key, out var p), Is.True, key.ToString());
                Assert.That(p!.Measured, Is.EqualTo(e.Number("truth")).Within(Tolerance), key.ToString());
                Assert.That(p.Predicted, Is.EqualTo(e.Number("predicted")).Within(Tolerance), key.ToString());
                Assert.That(p.Rule.ToString(), Is.EqualTo(e.GetProperty("rule").GetString()), key.ToString());
                Assert.That(p.SourceSites, Is.EqualTo(e.GetProperty("sources").EnumerateArray().Select(s => s.GetString())), key.ToString());
            }
        });
    }

    [Test]
    public void The_SMT_gain_matches_the_reference()
    {
        var gain = PublicTablePrior.Shipped.Gain!;
        var expected = Reference.GetProperty("smt_gain");
        Assert.Multiple(() =>
        {
            Assert.That(gain.Median, Is.EqualTo(expected.Number("median")).Within(Tolerance));
            Assert.That(gain.Pairs, Is.EqualTo(expected.GetProperty("pairs").GetInt32()));
        });
    }

    [TestCase("pooled")]
    [TestCase(nameof(RuleClass.SameSmtState))]
    [TestCase(nameof(RuleClass.ConvertedSmtState))]
    public void The_summary_matches_the_reference(string name)
    {
        var loso = PublicTablePrior.Shipped.Loso;
        var summary = name == "pooled" ? loso.Pooled! : loso.Of(Enum.Parse<RuleClass>(name))!;
        var summaries = Reference.GetProperty("summary");
        var expected = name == "pooled" ? summaries.GetProperty("pooled") : summaries.GetProperty("classes").GetProperty(name);
        TestContext.Out.WriteLine(FormattableString.Invariant(
            $"{name}: {summary.Predictions} predictions, {summary.Models} models, median {summary.MedianAbsoluteError:P2}, p90 {summary.P90AbsoluteError:P2}, SD {summary.RelativeSd:P2}, df {summary.DegreesOfFreedom}"));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Predictions, Is.EqualTo(expected.GetProperty("predictions").GetInt32()));
            Assert.That(summary.Models, Is.EqualTo(expected.GetProperty("models").GetInt32()));
            Assert.That(summary.MedianAbsoluteError * 100, Is.EqualTo(expected.Number("median_ape")).Within(1e-10));
            Assert.That(summary.P90AbsoluteError * 100, Is.EqualTo(expected.Number("p90_ape")).Within(1e-10));
            Assert.That(summary.RelativeSd, Is.EqualTo(expected.Number("relative_sd")).Within(Tolerance));
            Assert.That(summary.DegreesOfFreedom, Is.EqualTo(expected.GetProperty("df").GetInt32()));
        });
    }

    [Test]
    public void The_README_figures_hold()
    {
        var pooled = PublicTablePrior.Shipped.Loso.Pooled!;
        Assert.Multiple(() =>
        {
            Assert.That(pooled.Models, Is.EqualTo(31));
            Assert.That(pooled.Predictions, Is.EqualTo(97));
            Assert.That(pooled.MedianAbsoluteError, Is.EqualTo(0.032).Within(0.0005));
            Assert.That(pooled.P90AbsoluteError, Is.EqualTo(0.106).Within(0.0005));
        });
    }

    [Test]
    public void Scaling_every_score_leaves_the_errors_unchanged()
    {
        var table = ShippedHs23Table.Table;
        var scaled = table with { Rows = table.Rows.Select(r => r with { Hs23WholeMachine = r.Hs23WholeMachine * 3.7 }).ToArray() };
        var a = LeaveOneSiteOut.Run(table).Pooled!;
        var b = LeaveOneSiteOut.Run(scaled).Pooled!;
        Assert.Multiple(() =>
        {
            Assert.That(b.RelativeSd, Is.EqualTo(a.RelativeSd).Within(1e-12));
            Assert.That(b.MedianAbsoluteError, Is.EqualTo(a.MedianAbsoluteError).Within(1e-12));
            Assert.That(b.DegreesOfFreedom, Is.EqualTo(a.DegreesOfFreedom));
        });
    }

    [Test]
    public void A_site_split_under_two_names_would_predict_itself()
    {
        // The reason for SiteKey: with IHEP-new counted apart from IHEP, IHEP's EPYC 9654 rows would predict each other.
        var loso = PublicTablePrior.Shipped.Loso;
        Assert.That(loso.Predictions.Where(p => p.Model == "epyc 9654").SelectMany(p => p.SourceSites.Append(p.Site)), Does.Not.Contain("IHEP-NEW"));
    }

    [Test]
    public void Models_measured_at_one_site_are_not_predicted()
    {
        var once = ShippedHs23Table.Table.Rows.GroupBy(r => r.Model).Where(g => g.Select(r => r.SiteKey).Distinct().Count() == 1).Select(g => g.Key);
        Assert.That(PublicTablePrior.Shipped.Loso.Predictions.Select(p => p.Model).Intersect(once), Is.Empty);
    }
}

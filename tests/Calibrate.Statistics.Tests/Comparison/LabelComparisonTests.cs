using System.Text.Json;
using Calibrate.Core.Results;
using Calibrate.Statistics.Comparison;
using Calibrate.Statistics.Tests.Support;
using Calibrate.TestSupport.Results;

namespace Calibrate.Statistics.Tests.Comparison;

public sealed class LabelComparisonTests
{
    /// <summary>One 8-copy result per score per copy, whose kernels alpha and beta score it, beta times the loss.</summary>
    private static ResultSummary[] Labelled(string label, double[] perCopy, double kernelLoss = 1.0) =>
        [.. perCopy.Select((s, i) => new TestResult
        {
            Id = Guid.NewGuid(),
            Hostname = $"{label}-{i}",
            Label = label,
            Copies = 8,
            NodeScore = s * 8,
            Kernels = [TestKernel.Scoring("alpha", s), TestKernel.Scoring("beta", s * kernelLoss)],
        }.Summary())];

    private static IEnumerable<TestCaseData> Cases() =>
        TestFiles.Vectors("vectors.json").GetProperty("welch").EnumerateArray().Select((c, i) => new TestCaseData(c.GetRawText()).SetArgDisplayNames($"case{i}"));

    [TestCaseSource(nameof(Cases))]
    public void Welch_Hedges_and_the_mean_interval_match_scipy(string json)
    {
        var c = JsonDocument.Parse(json).RootElement;
        var results = Labelled("a", c.GetProperty("a").Doubles()).Concat(Labelled("b", c.GetProperty("b").Doubles())).ToArray();
        var row = LabelComparison.Compare(results, "b").Rows.Single(r => r.Label == "a");
        Assert.Multiple(() =>
        {
            Assert.That(row.WelchT, Is.EqualTo(c.Number("t")).Within(1e-9));
            Assert.That(row.WelchDegreesOfFreedom, Is.EqualTo(c.Number("df")).Within(1e-9));
            Assert.That(row.PValue, Is.EqualTo(c.Number("p")).Within(1e-9));
            Assert.That(row.HedgesG, Is.EqualTo(c.Number("hedges_g")).Within(1e-9));
            Assert.That(row.MeanLow, Is.EqualTo(c.Number("mean_a_low")).Within(1e-9));
            Assert.That(row.MeanHigh, Is.EqualTo(c.Number("mean_a_high")).Within(1e-9));
        });
    }

    [Test]
    public void Swapping_baseline_and_target_inverts_the_ratio_and_its_bounds()
    {
        var random = new Random(3);
        var results = Labelled("bare", Samples.Normal(random, 10, 12.0, 0.1)).Concat(Labelled("kvm", Samples.Normal(random, 6, 11.2, 0.2))).ToArray();
        var kvm = LabelComparison.Compare(results, "bare").Rows.Single(r => r.Label == "kvm");
        var bare = LabelComparison.Compare(results, "kvm").Rows.Single(r => r.Label == "bare");
        Assert.Multiple(() =>
        {
            Assert.That(bare.Ratio, Is.EqualTo(1 / kvm.Ratio).Within(1e-12));
            Assert.That(bare.RatioLow, Is.EqualTo(1 / kvm.RatioHigh).Within(1e-12));
            Assert.That(bare.RatioHigh, Is.EqualTo(1 / kvm.RatioLow).Within(1e-12));
            Assert.That(bare.PValue, Is.EqualTo(kvm.PValue).Within(1e-12));
            Assert.That(bare.HedgesG, Is.EqualTo(-kvm.HedgesG).Within(1e-12));
        });
    }

    [Test]
    public void Scaling_every_score_leaves_ratios_and_tests_unchanged()
    {
        var random = new Random(4);
        var a = Samples.Normal(random, 5, 10.0, 0.2);
        var b = Samples.Normal(random, 7, 9.5, 0.3);
        var plain = LabelComparison.Compare([.. Labelled("a", a), .. Labelled("b", b)], "a").Rows.Single(r => r.Label == "b");
        var scaled = LabelComparison.Compare([.. Labelled("a", a.Select(x => x * 3).ToArray()), .. Labelled("b", b.Select(x => x * 3).ToArray())], "a").Rows.Single(r => r.Label == "b");
        Assert.Multiple(() =>
        {
            Assert.That(scaled.Ratio, Is.EqualTo(plain.Ratio).Within(1e-12));
            Assert.That(scaled.RatioLow, Is.EqualTo(plain.RatioLow).Within(1e-12));
            Assert.That(scaled.PValue, Is.EqualTo(plain.PValue).Within(1e-12));
        });
    }

    [Test]
    public void Kernels_are_sorted_by_loss_and_disturbed_results_are_left_out()
    {
        var results = Labelled("bare", [10, 10.2, 9.9]).Concat(Labelled("kvm", [9.5, 9.6, 9.4], kernelLoss: 0.8))
            .Append(new TestResult { Hostname = "x", Label = "kvm", Copies = 8, NodeScore = 1.0, Disturbed = true }.Summary()).ToArray();
        var report = LabelComparison.Compare(results, "bare");
        var kvm = report.Rows.Single(r => r.Label == "kvm");
        Assert.Multiple(() =>
        {
            Assert.That(kvm.Kernels.Select(k => k.Kernel), Is.EqualTo(new[] { "beta", "alpha" }));
            Assert.That(kvm.N, Is.EqualTo(3));
            Assert.That(report.ExcludedDisturbed, Is.EqualTo(1));
        });
    }

    [Test]
    public void An_unknown_baseline_names_the_label_and_the_labels_that_exist()
    {
        var results = Labelled("bare", [10, 11]).Concat(Labelled("kvm", [9, 9.5])).ToArray();
        var error = Assert.Throws<UnknownLabelException>(() => LabelComparison.Compare(results, "vm"))!;
        Assert.That(error.Message, Is.EqualTo("label 'vm' does not exist; labels: bare, kvm"));
    }

    [Test]
    public void A_report_serialises_even_with_undefined_statistics()
    {
        var report = LabelComparison.Compare(Labelled("only", [10.0]), null);
        var json = JsonSerializer.Serialize(report, Json.StatisticsJsonContext.Default.ComparisonReport);
        Assert.That(json, Does.Contain("\"baseline\": \"only\""));
    }
}

using Calibrate.Core.Factors;
using Calibrate.Core.Results;

namespace Calibrate.Core.Tests.Factors;

public sealed class CpuFactorRulesTests
{
    [TestCase(400.0, 32, 10.0, 1.25, 1.25, 1.25)]
    [TestCase(417.568, 32, 10.0, 1.3049, 1.30, 1.3)]
    [TestCase(419.2, 32, 10.0, 1.31, 1.31, 1.3)]
    [TestCase(420.832, 32, 10.0, 1.3151, 1.32, 1.3)]
    [TestCase(422.4, 32, 10.0, 1.32, 1.32, 1.3)]
    [TestCase(424.32, 32, 10.0, 1.326, 1.33, 1.35)]
    public void Factor_LSF_value_and_bucket_by_0_05(double hs06, int slots, double reference, double factor, double lsf, double bucket)
    {
        var f = CpuFactorRules.Factor(hs06, slots, reference);
        Assert.Multiple(() =>
        {
            Assert.That(f, Is.EqualTo(factor).Within(1e-9));
            Assert.That(CpuFactorRules.Lsf(f), Is.EqualTo(lsf));
            Assert.That(CpuFactorRules.Bucket(f, 0.05), Is.EqualTo(bucket));
        });
    }

    [TestCase(1.37, 0.25, 1.25, "1.25")]
    [TestCase(1.38, 0.25, 1.5, "1.50")]
    [TestCase(12.46, 0.1, 12.5, "12.5")]
    [TestCase(0.01, 0.1, 0.1, "0.1")]
    [TestCase(3.4, 1, 3, "3")]
    public void Buckets_round_to_the_step_never_below_one_step_and_are_written_with_its_decimals(double factor, double step, double bucket, string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(CpuFactorRules.Bucket(factor, step), Is.EqualTo(bucket));
            Assert.That(CpuFactorRules.BucketText(CpuFactorRules.Bucket(factor, step), step), Is.EqualTo(text));
        });
    }

    [TestCase(0.0)]
    [TestCase(-0.1)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(20.0)]
    public void A_step_outside_its_bounds_is_refused_rather_than_bucketing_into_NaN(double step)
    {
        Assert.Multiple(() =>
        {
            Assert.That(CpuFactorRules.IsValidStep(step), Is.False);
            Assert.Throws<ArgumentOutOfRangeException>(() => CpuFactorRules.Bucket(1.2, step));
        });
    }

    [Test]
    public void The_LSF_value_rounds_a_midpoint_away_from_zero() =>
        Assert.That(CpuFactorRules.Lsf(1.125), Is.EqualTo(1.13), "1.125 is exact in binary; banker's rounding would give 1.12");

    [Test]
    public void A_factor_that_is_not_positive_has_no_bucket() =>
        Assert.That(CpuFactorRules.Bucket(0, 0.1), Is.NaN);

    [Test]
    public void The_estimate_derives_every_figure_from_its_prediction_and_settings()
    {
        var estimate = new Estimate
        {
            Value = 43.23,
            Low = 26.4,
            High = 60.1,
            Level = 0.95,
            Slots = 2,
            ReferencePerSlot = 10,
            BucketStep = 0.1,
            ModelId = "m@1",
            ModelProvisional = true,
        };
        Assert.Multiple(() =>
        {
            Assert.That(estimate.ValuePerSlot, Is.EqualTo(21.615).Within(1e-12));
            Assert.That(estimate.CpuFactor, Is.EqualTo(2.1615).Within(1e-12));
            Assert.That(estimate.CpuFactorLow, Is.EqualTo(1.32).Within(1e-12));
            Assert.That(estimate.CpuFactorHigh, Is.EqualTo(3.005).Within(1e-12));
            Assert.That(estimate.LsfFactor, Is.EqualTo(2.16));
            Assert.That(estimate.Bucket, Is.EqualTo(2.2));
            Assert.That(estimate.With(slots: 4).CpuFactor, Is.EqualTo(1.08075).Within(1e-12));
            Assert.That(estimate.With(bucketStep: 0.25).Bucket, Is.EqualTo(2.25));
            Assert.That(estimate.With(referencePerSlot: 20).LsfFactor, Is.EqualTo(1.08));
        });
    }
}

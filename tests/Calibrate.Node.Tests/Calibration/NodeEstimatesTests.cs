using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Node.Calibration;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;
using Calibrate.TestSupport.Results;

namespace Calibrate.Node.Tests.Calibration;

/// <summary>The one estimate: measurement, the prior this node has (the public table's, or the site's), their combination.</summary>
public sealed class NodeEstimatesTests
{
    /// <summary>A first run of the node: its own interval and the stated default run-to-run term, no site prior.</summary>
    private static Estimate Estimate(RunResult result) =>
        NodeEstimates.For(DefaultModel.Provisional, ScoreEvidence.OfRun(result.NodeScore, result.ScoreInterval, ReproducibilityEstimator.Default), result.Copies.Count, FactorSettings.Default, result.Probe, []).Estimate;

    [Test]
    public void A_node_of_a_model_in_the_table_gets_the_tables_prior_combined_with_its_measurement()
    {
        var result = new TestResult { CpuModel = "AMD EPYC 7302 16-Core Processor", Copies = 2, Cpus = 2, EstimateValue = null }.Build();
        var estimate = Estimate(result);
        Assert.Multiple(() =>
        {
            Assert.That(estimate.Prior!.Source, Does.StartWith("HEPiX HS23 table, epyc 7302"));
            Assert.That(estimate.Prior.LogicalCpus, Is.EqualTo(2));
            Assert.That(estimate.Combination, Does.StartWith("inverse-variance on the log scale"));
            Assert.That(estimate.Measurement!.Value, Is.EqualTo(DefaultModel.Provisional.Predict(result.NodeScore)).Within(1e-9));
            Assert.That(estimate.High - estimate.Low, Is.LessThan(estimate.Measurement.High - estimate.Measurement.Low), "the prior narrows the provisional model's 20%");
        });
    }

    [Test]
    public void A_model_the_table_lacks_has_no_prior_and_says_why()
    {
        var result = new TestResult { CpuModel = "Imaginary CPU 9999", Copies = 2, Cpus = 2, EstimateValue = null }.Build();
        var estimate = Estimate(result);
        Assert.Multiple(() =>
        {
            Assert.That(estimate.Prior, Is.Null);
            Assert.That(estimate.PriorNote, Does.StartWith("no prior: the table has no row of the CPU model"));
            Assert.That(estimate.Value, Is.EqualTo(estimate.Measurement!.Value));
        });
    }
}

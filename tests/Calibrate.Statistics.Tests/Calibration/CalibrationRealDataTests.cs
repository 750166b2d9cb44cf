using Calibrate.Core.Scoring;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Calibration;

/// <summary>
/// Real numbers: HS06 against HEPscore23 on the 28 configurations of the HEPiX tables that match on CPU model, SMT and
/// logical CPUs (pairs built by generate_vectors.py), and the default model's anchor recomputed from the HS23 table.
/// </summary>
public sealed class CalibrationRealDataTests
{
    [Test]
    public void Hs06_against_Hs23_matches_statsmodels_with_its_leave_one_out_error()
    {
        var data = TestFiles.Vectors("realdata.json").GetProperty("hs23_vs_hs06");
        var points = data.GetProperty("pairs").EnumerateArray()
            .Select(p => (p.GetProperty("key").GetString()!, p.Number("hs23"), p.Number("hs06"))).ToArray();
        var fit = CalibrationFitter.Fit(points);
        CalibrationFitterTests.AssertMatches(data.GetProperty("fit"), fit);
        TestContext.Out.WriteLine(FormattableString.Invariant(
            $"HS06 = {fit.ThroughOrigin.K:F3} [{fit.ThroughOrigin.KLow:F3}, {fit.ThroughOrigin.KHigh:F3}] x HS23, R2 {fit.ThroughOrigin.RSquared:F3}, LOO RMSE {fit.ThroughOrigin.LooRmsePercent:F1}% over {fit.N} configurations"));
        Assert.Multiple(() =>
        {
            Assert.That(fit.N, Is.EqualTo(28));
            Assert.That(fit.ThroughOrigin.K, Is.InRange(1.0, 1.2), "HS23 is on the HS06 scale; old CPUs get less HS23 than HS06");
            Assert.That(fit.NarrowRange, Is.False);
        });
    }

    [Test]
    public void The_default_model_is_anchored_on_the_zen5_median_of_the_HS23_table()
    {
        var rows = Csv.Read(TestFiles.Path("TestData", "hepscore23_results.csv"))
            .Where(r => System.Text.RegularExpressions.Regex.IsMatch(r["CPU"], @"EPYC 9\d\d5\b") && r["SMT enabled"] == "1")
            .Select(r => double.Parse(r["Score/Ncores"], System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Length.EqualTo(20));
            Assert.That(Calibrate.Core.Scoring.SampleMedian.Of(rows), Is.EqualTo(DefaultModel.Zen5SmtOnHs23PerLogicalCpu));
            Assert.That(TestFiles.Vectors("realdata.json").GetProperty("zen5_smt_on").Number("median"), Is.EqualTo(DefaultModel.Zen5SmtOnHs23PerLogicalCpu));
            Assert.That(DefaultModel.Provisional.K, Is.EqualTo(2.175).Within(1e-12));
            Assert.That(DefaultModel.Provisional.Provisional, Is.True);
        });
    }
}

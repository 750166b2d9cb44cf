using System.Globalization;
using Calibrate.Statistics.Descriptive;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Intervals;

/// <summary>The between-run CV is derived from the committed measurement (10 back-to-back quick runs on a KVM guest).</summary>
public sealed class RunToRunReproducibilityTests
{
    internal static double[] Scores() => Csv.Read(TestFiles.Path("TestData", "node_scores_back_to_back.csv"))
        .Select(row => double.Parse(row["node_score"], CultureInfo.InvariantCulture)).ToArray();

    [Test]
    public void The_constant_is_the_CV_of_the_ten_runs()
    {
        var scores = Scores();
        var moments = SampleMoments.Of(scores);
        var cv = moments.StandardDeviation / moments.Mean;
        var reference = TestFiles.Vectors("realdata.json").GetProperty("run_to_run");
        Assert.Multiple(() =>
        {
            Assert.That(scores, Has.Length.EqualTo(RunToRunReproducibility.DegreesOfFreedom + 1));
            Assert.That(cv, Is.EqualTo(reference.Number("cv")).Within(1e-12));
            Assert.That(cv, Is.EqualTo(RunToRunReproducibility.RelativeStandardDeviation).Within(0.00005));
        });
    }

    [Test]
    public void Without_a_within_run_term_the_between_run_term_stands_alone_with_its_df()
    {
        var (u, df) = RunToRunReproducibility.Combine(20.0, 0, double.PositiveInfinity);
        Assert.Multiple(() =>
        {
            Assert.That(u, Is.EqualTo(20.0 * RunToRunReproducibility.RelativeStandardDeviation).Within(1e-12));
            Assert.That(df, Is.EqualTo(RunToRunReproducibility.DegreesOfFreedom).Within(1e-9));
        });
    }

    [Test]
    public void Scaling_the_score_and_its_within_run_term_scales_u_and_keeps_the_df()
    {
        var (u1, df1) = RunToRunReproducibility.Combine(20.0, 0.05, 4);
        var (u2, df2) = RunToRunReproducibility.Combine(70.0, 0.175, 4);
        Assert.Multiple(() =>
        {
            Assert.That(u2, Is.EqualTo(u1 * 3.5).Within(1e-12));
            Assert.That(df2, Is.EqualTo(df1).Within(1e-9));
            Assert.That(u1 * u1, Is.EqualTo((0.05 * 0.05) + Math.Pow(20.0 * RunToRunReproducibility.RelativeStandardDeviation, 2)).Within(1e-15));
        });
    }
}

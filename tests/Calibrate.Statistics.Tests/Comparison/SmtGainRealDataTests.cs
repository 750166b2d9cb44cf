using Calibrate.Core.Scoring;
using Calibrate.Statistics.Robust;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Comparison;

/// <summary>
/// The SMT throughput gain from the HEPiX HS06 table: same CPU model, site and results table, HT-on with twice the
/// copies of HT-off. The published median is about +24%.
/// </summary>
public sealed class SmtGainRealDataTests
{
    [Test]
    public void The_median_SMT_gain_over_HT_pairs_is_about_24_percent()
    {
        var rows = Csv.Read(TestFiles.Path("TestData", "hs06_results.csv")).Where(r => r["smt_ht"] is "on" or "off").ToArray();
        var ratios = new List<(string Model, double Ratio)>();
        foreach (var group in rows.GroupBy(r => (r["cpu_model"], r["site"], r["source"])))
        {
            foreach (var off in group.Where(r => r["smt_ht"] == "off"))
            {
                foreach (var on in group.Where(r => r["smt_ht"] == "on" && Copies(r) == 2 * Copies(off)))
                {
                    ratios.Add((group.Key.Item1, Hs06(on) / Hs06(off)));
                }
            }
        }

        var median = SampleMedian.Of(ratios.Select(r => r.Ratio).ToArray());
        var perModel = ratios.GroupBy(r => r.Model).ToDictionary(g => g.Key, g => SampleMedian.Of(g.Select(r => r.Ratio).ToArray()));
        var reference = TestFiles.Vectors("realdata.json").GetProperty("smt");
        TestContext.Out.WriteLine(FormattableString.Invariant($"SMT gain: median {median - 1:+0.0%} over {ratios.Count} pairs, {perModel.Count} CPU models"));
        Assert.Multiple(() =>
        {
            Assert.That(ratios, Has.Count.EqualTo(reference.GetProperty("pairs").GetInt32()));
            Assert.That(median, Is.EqualTo(reference.Number("median_ratio")).Within(1e-12));
            Assert.That(median, Is.EqualTo(1.24).Within(0.01));
            foreach (var model in reference.GetProperty("per_model").EnumerateObject())
            {
                Assert.That(perModel[model.Name], Is.EqualTo(model.Value.GetDouble()).Within(1e-12), model.Name);
            }
        });
    }

    private static int Copies(Dictionary<string, string> row) => int.Parse(row["logical_cpus_benchmark_copies"], System.Globalization.CultureInfo.InvariantCulture);

    private static double Hs06(Dictionary<string, string> row) => double.Parse(row["hs06_total"], System.Globalization.CultureInfo.InvariantCulture);
}

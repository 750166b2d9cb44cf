using System.Text.Json;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Calibration;
using Calibrate.TestSupport.Results;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Statistics;

/// <summary>`calibrate factor` from stored results: estimate, factor, LSF value and bucket; disturbed results refused unless forced.</summary>
public sealed class FactorCommandTests
{
    [Test]
    public void Shows_the_estimate_and_factor_of_the_newest_result_of_a_node() =>
        Snapshot.Match("factor.txt", () => CliRunner.Output(SiteData.Store, "factor", "--hostname", "gold01"));

    [Test]
    public void Slots_reference_and_step_are_configurable() =>
        Snapshot.Match("factor-options.txt", () => CliRunner.Output(
            SiteData.Store, "factor", "--result", "00000000-0000-0000-0000-000000000005", "--slots", "32", "--reference-per-slot", "11.5", "--step", "0.1"));

    [Test]
    public void The_reference_can_come_from_the_environment()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        cli.Environment["CALIBRATE_REFERENCE_HS06_PER_SLOT"] = "20";
        var (exit, output, error) = cli.Run("factor", "--hostname", "gold01");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("20.00 HS23 per slot is factor 1.0"));
    }

    [Test]
    public void Json_holds_the_stored_estimate_with_the_factor_lsf_value_and_bucket()
    {
        // HS23 450 over 40 slots against 10 HS23 per slot is factor 1.125 exactly: LSF's two decimals round that midpoint
        // away from zero to 1.13 (banker's rounding would give 1.12), and the 0.1 bucket is 1.1.
        using var cli = new CliRunner();
        var stored = new TestResult().Build() with
        {
            Estimate = new TestResult().Build().Estimate! with { Value = 450, Low = 405, High = 495, Slots = 40, ReferencePerSlot = 10, BucketStep = 0.1 },
        };
        using (var store = Store.StoreFactory.Open(null, Path.Combine(cli.WorkingDirectory, "results", "calibrate.db")))
        {
            store.Save(stored);
        }

        var (exit, output, error) = cli.Run("factor", "--json");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var factor = root.GetProperty("factor");
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("resultId").GetGuid(), Is.EqualTo(stored.Id));
            Assert.That(root.GetProperty("estimateSource").GetString(), Is.EqualTo(ResultFactors.Stored));
            Assert.That(root.GetProperty("value").GetDouble(), Is.EqualTo(450));
            Assert.That(root.GetProperty("unit").GetString(), Is.EqualTo("HS23"));
            Assert.That(factor.GetProperty("slots").GetInt32(), Is.EqualTo(40));
            Assert.That(factor.GetProperty("valuePerSlot").GetDouble(), Is.EqualTo(11.25));
            Assert.That(factor.GetProperty("factor").GetDouble(), Is.EqualTo(1.125));
            Assert.That(factor.GetProperty("lsfFactor").GetDouble(), Is.EqualTo(1.13));
            Assert.That(factor.GetProperty("bucket").GetDouble(), Is.EqualTo(1.1));
            Assert.That(factor.GetProperty("bucketStep").GetDouble(), Is.EqualTo(0.1));
            Assert.That(root.GetProperty("factorLow").GetDouble(), Is.EqualTo(1.0125).Within(1e-12));
            Assert.That(root.GetProperty("factorHigh").GetDouble(), Is.EqualTo(1.2375).Within(1e-12));
        });
    }

    [Test]
    public void A_disturbed_result_is_refused_unless_forced()
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        var refused = cli.Run("factor", "--hostname", "gold03");
        Assert.That(refused.Exit, Is.EqualTo(ExitCodes.Disturbed));
        Assert.That(refused.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), refused.Error);
        Assert.That(refused.Error, Does.Contain("gold03 is disturbed (steal time 12.0%").And.Contain("--force"));
        Assert.That(refused.Out, Is.Empty);
        var forced = cli.Run("factor", "--hostname", "gold03", "--force");
        Assert.That(forced.Exit, Is.EqualTo(ExitCodes.Ok), forced.Error);
        Assert.That(forced.Out, Does.Contain("DISTURBED: computed with --force"));
    }
}

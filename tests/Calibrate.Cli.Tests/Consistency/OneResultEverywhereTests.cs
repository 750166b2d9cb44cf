using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
using Calibrate.Node.Boot;
using Calibrate.Store;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Consistency;

/// <summary>
/// One stored result, every command that shows or publishes its estimate, CPU factor, LSF value or bucket: each printed
/// or written figure must be the stored estimate's, to the digit it is printed with, and name its unit. HS23 45.23 over
/// 2 slots against 10 HS23 per slot is factor 2.2615: LSF 2.26, bucket 2.3 by the default step 0.1 (2.25 by the old
/// 0.05 step, which `factor` used while `push lsf` used 0.1), HS23 per core 22.615 (HEPSPEC carries it 1:1), PBS's $cputmult the factor to
/// three decimals, as printed. The Prometheus textfile and
/// the HEP Benchmark Suite export publish the same figures.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed partial class OneResultEverywhereTests
{
    private static readonly Estimate Stored = new TestResult().Build().Estimate! with
    {
        Value = 45.23,
        Low = 27.5,
        High = 62.9,
        Slots = 2,
        ReferencePerSlot = 10,
        BucketStep = 0.1,
        Unit = Core.Factors.AccountingUnit.HS23,
    };

    [Test]
    public void Every_command_shows_and_publishes_the_same_figures_of_one_stored_result()
    {
        using var cli = new CliRunner();
        var result = new TestResult { Hostname = "wn001" }.Build() with { Estimate = Stored };
        using (var store = StoreFactory.Open(null, Path.Combine(cli.WorkingDirectory, "results", "calibrate.db")))
        {
            store.Save(result);
        }

        WriteLsf(cli);
        var id = result.Id.ToString("D");
        var show = Ok(cli.Run("results", "show", id));
        var showJson = JsonDocument.Parse(Ok(cli.Run("results", "show", id, "--json"))).RootElement.GetProperty("estimate");
        var list = Ok(cli.Run("results", "list"));
        var factor = Ok(cli.Run("factor", "--result", id));
        var factorJson = JsonDocument.Parse(Ok(cli.Run("factor", "--result", id, "--json"))).RootElement;
        Ok(cli.Run("push", "mjf", "--result", id, "--dir", "mjf"));
        Ok(cli.Run("push", "lsf-local", "--result", id, "--lsf-conf", "lsf.conf"));
        Ok(cli.Run("push", "htcondor", "--result", id, "--config-dir", "condor"));
        Ok(cli.Run("push", "pbs", "--result", id, "--mom-config", "mom_priv/config"));
        Ok(cli.Run("push", "prometheus", "--result", id, "--dir", "condor"));
        var suite = JsonDocument.Parse(Ok(cli.Run("results", "export", "--format", "hep-benchmark-suite", "--result", id))).RootElement.GetProperty("profiles").GetProperty("calibrate");
        var lsf = Ok(cli.Run("push", "lsf", "--result", id, "--conf-dir", "lsf", "--dry-run"));
        var boot = BootLines.Estimate(result) + "\n" + BootLines.Fallback(result);

        var hs06F1 = new[] { Text(HeadNumber().Match(show), "hs06"), Text(FactorHs06().Match(factor), "hs06"), Text(ListRow().Match(list), "hs06"), Text(BootHs06().Match(boot), "hs06") };
        var factorF3 = new[] { Text(ShowFactor().Match(show), "factor"), Text(FactorFactor().Match(factor), "factor"), Text(ListRow().Match(list), "factor") };
        Assert.Multiple(() =>
        {
            // Printed to one decimal by results show, factor, results list and boot's journal: the same text, and
            // the stored HS06 to that digit.
            Assert.That(hs06F1.Distinct().ToArray(), Has.Length.EqualTo(1), string.Join(" | ", hs06F1));
            AssertDigit(hs06F1[0], Stored.Value, "HS23 to one decimal");
            Assert.That(showJson.GetProperty("value").GetDouble(), Is.EqualTo(Stored.Value), "results show --json");
            Assert.That(showJson.GetProperty("unit").GetString(), Is.EqualTo("HS23"), "results show --json: the unit");
            Assert.That(factorJson.GetProperty("value").GetDouble(), Is.EqualTo(Stored.Value), "factor --json");
            Assert.That(factorJson.GetProperty("unit").GetString(), Is.EqualTo("HS23"), "factor --json: the unit");
            AssertDigit(File.ReadAllText(Path.Combine(cli.WorkingDirectory, "mjf", "hs06")).Trim(), Stored.Value, "push mjf: hs06");
            AssertDigit(LocalResource().Match(File.ReadAllText(Path.Combine(cli.WorkingDirectory, "lsf.conf"))).Groups["hs06"].Value, Stored.Value, "push lsf-local: resourcemap");
            var apel = ApelSpecs().Match(File.ReadAllText(Path.Combine(cli.WorkingDirectory, "condor", "99-calibrate-hs06.conf")));
            AssertDigit(apel.Groups["perCore"].Value, Stored.ValuePerSlot, "push htcondor: HEPSPEC per core");
            AssertDigit(apel.Groups["hs23"].Value, Stored.ValuePerSlot, "push htcondor: HEPscore23 per core");
            var prom = File.ReadAllText(Path.Combine(cli.WorkingDirectory, "condor", "calibrate.prom"));
            AssertDigit(Text(PromEstimate().Match(prom), "value"), Stored.Value, "push prometheus: calibrate_node_estimate");
            AssertDigit(Text(PromPerCpu().Match(prom), "value"), Stored.ValuePerSlot, "push prometheus: calibrate_node_estimate_per_cpu");
            AssertDigit(suite.GetProperty("value").GetRawText(), Stored.Value, "results export --format hep-benchmark-suite: value");

            // The CPU factor to three decimals (summaries, tables), two in boot's journal, in full in JSON.
            Assert.That(factorF3.Distinct().ToArray(), Has.Length.EqualTo(1), string.Join(" | ", factorF3));
            AssertDigit(factorF3[0], Stored.CpuFactor, "CPU factor to three decimals");
            AssertDigit(Text(BootFactor().Match(boot), "factor"), Stored.CpuFactor, "boot");
            Assert.That(Text(CpuTimeMultiplier().Match(File.ReadAllText(Path.Combine(cli.WorkingDirectory, "mom_priv", "config"))), "factor"), Is.EqualTo(factorF3[0]), "push pbs: $cputmult");
            Assert.That(Text(PromFactor().Match(prom), "value"), Is.EqualTo(factorF3[0]), "push prometheus: calibrate_cpu_factor, to three decimals as printed");
            Assert.That(suite.GetProperty("cpu_factor").GetProperty("value").GetRawText(), Is.EqualTo(factorF3[0]), "results export --format hep-benchmark-suite: cpu_factor");
            Assert.That(factorJson.GetProperty("factor").GetProperty("factor").GetDouble(), Is.EqualTo(Stored.CpuFactor), "factor --json");
            Assert.That(showJson.GetProperty("cpuFactor").GetDouble(), Is.EqualTo(Stored.CpuFactor), "results show --json");

            // The LSF value and the bucket: one value each in `factor`, both JSONs and the LSF host model.
            Assert.That(Text(FactorLsf().Match(factor), "lsf"), Is.EqualTo("2.26"), "factor");
            Assert.That(factorJson.GetProperty("factor").GetProperty("lsfFactor").GetDouble(), Is.EqualTo(2.26), "factor --json");
            Assert.That(showJson.GetProperty("lsfFactor").GetDouble(), Is.EqualTo(2.26), "results show --json");
            Assert.That(Text(FactorBucket().Match(factor), "bucket"), Is.EqualTo("2.3"), "factor");
            Assert.That(factorJson.GetProperty("factor").GetProperty("bucket").GetDouble(), Is.EqualTo(2.3), "factor --json");
            Assert.That(showJson.GetProperty("bucket").GetDouble(), Is.EqualTo(2.3), "results show --json");
            Assert.That(lsf, Does.Match(@"\+HS06_2_3\s+2\.3\s"), "push lsf: the bucket's host model");
            Assert.That(lsf, Does.Match(@"\+wn001\s+HS06_2_3\s"), "push lsf: the host's model");
        });
    }

    /// <summary>The printed figure is the true one to the digit it is printed with: within half a unit of its last decimal.</summary>
    private static void AssertDigit(string printed, double truth, string where)
    {
        var decimals = printed.Contains('.', StringComparison.Ordinal) ? printed.Length - printed.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var value = double.Parse(printed, CultureInfo.InvariantCulture);
        Assert.That(Math.Abs(value - truth), Is.LessThanOrEqualTo((0.5 * Math.Pow(10, -decimals)) + 1e-12), $"{where}: {printed} for {truth.ToString("R", CultureInfo.InvariantCulture)}");
    }

    private static string Ok((int Exit, string Out, string Error) run)
    {
        Assert.That(run.Exit, Is.EqualTo(ExitCodes.Ok), run.Error);
        return run.Out;
    }

    private static string Text(Match match, string group)
    {
        Assert.That(match.Success, Is.True, "the figure was not found where it is printed");
        return match.Groups[group].Value;
    }

    private static void WriteLsf(CliRunner cli)
    {
        Directory.CreateDirectory(Path.Combine(cli.WorkingDirectory, "lsf"));
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "lsf", "lsf.shared"), "Begin Cluster\nClusterName\ndemo\nEnd Cluster\n\nBegin HostModel\nMODELNAME  CPUFACTOR   ARCHITECTURE # keyword\nPC400      13.0       (i86pc_400)\nEnd HostModel\n");
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "lsf", "lsf.cluster.demo"), "Begin   Host\nHOSTNAME  model     type     server  RESOURCES\nwn001     PC400     LINUX86  1       (linux)\nEnd     Host\n");
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "lsf.conf"), "LSF_LOCAL_RESOURCES=\"[resource linux]\"\n");
        Directory.CreateDirectory(Path.Combine(cli.WorkingDirectory, "condor"));
        Directory.CreateDirectory(Path.Combine(cli.WorkingDirectory, "mom_priv"));
    }

    [GeneratedRegex(@"^HS23\s+(?<hs06>[0-9.]+) \(95% prediction", RegexOptions.Multiline)]
    private static partial Regex HeadNumber();

    [GeneratedRegex(@"^CPU factor\s+(?<factor>[0-9.]+) \(", RegexOptions.Multiline)]
    private static partial Regex ShowFactor();

    [GeneratedRegex(@"^HS23\s+(?<hs06>[0-9.]+) \(95% prediction interval", RegexOptions.Multiline)]
    private static partial Regex FactorHs06();

    [GeneratedRegex(@"^CPU factor\s+(?<factor>[0-9.]+) \(95% interval", RegexOptions.Multiline)]
    private static partial Regex FactorFactor();

    [GeneratedRegex(@"^LSF\s+(?<lsf>[0-9.]+) \(CPUFACTOR", RegexOptions.Multiline)]
    private static partial Regex FactorLsf();

    [GeneratedRegex(@"^Bucket\s+(?<bucket>[0-9.]+) \(host models", RegexOptions.Multiline)]
    private static partial Regex FactorBucket();

    [GeneratedRegex(@"wn001\s+\S+\s+\d+\s+[0-9.]+\s+\S+\s+(?<hs06>[0-9.]+) HS23\s+(?<factor>[0-9.]+)")]
    private static partial Regex ListRow();

    [GeneratedRegex(@"\[resourcemap (?<hs06>[0-9.]+)\*hs06\]")]
    private static partial Regex LocalResource();

    [GeneratedRegex(@"ApelSpecs = \[HEPSPEC=(?<perCore>[0-9.]+); HEPscore23=(?<hs23>[0-9.]+)\]")]
    private static partial Regex ApelSpecs();

    [GeneratedRegex(@"^\$cputmult (?<factor>[0-9.]+)$", RegexOptions.Multiline)]
    private static partial Regex CpuTimeMultiplier();

    [GeneratedRegex(@"HS23 (?<hs06>[0-9.]+)")]
    private static partial Regex BootHs06();

    [GeneratedRegex(@"^calibrate_node_estimate\{unit=""HS23""\} (?<value>[0-9.]+)$", RegexOptions.Multiline)]
    private static partial Regex PromEstimate();

    [GeneratedRegex(@"^calibrate_node_estimate_per_cpu\{unit=""HS23""\} (?<value>[0-9.]+)$", RegexOptions.Multiline)]
    private static partial Regex PromPerCpu();

    [GeneratedRegex(@"^calibrate_cpu_factor (?<value>[0-9.]+)$", RegexOptions.Multiline)]
    private static partial Regex PromFactor();

    [GeneratedRegex(@"factor (?<factor>[0-9.]+)")]
    private static partial Regex BootFactor();
}

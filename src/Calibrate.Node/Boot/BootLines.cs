using System.Globalization;
using Calibrate.Core.Probing;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Text;
using Calibrate.Node.Configuration;

namespace Calibrate.Node.Boot;

/// <summary>
/// The text of boot's journal lines, one per step, each with its figures, culture-invariant (snapshot-tested):
/// `journalctl -u calibrate-boot` should tell an admin what the node measured and where it went without the JSON.
/// </summary>
public static class BootLines
{
    public const string Prefix = "calibrate boot: ";

    public static string Line(string step, string text) => $"{Prefix}{step}: {text}";

    /// <summary>The same line for another command that runs boot's steps (`calibrate remeasure: ...`).</summary>
    public static string Line(string command, string step, string text) => $"calibrate {command}: {step}: {text}";

    public static string Config(CalibrateConfig config, string storeLocal)
    {
        ArgumentNullException.ThrowIfNull(config);
        var pushers = config.Pushers.Enabled.Count == 0 ? "none" : string.Join(", ", config.Pushers.Enabled);
        var central = config.Store.Central is { } c ? " and " + Stores.StoreLocation.Describe(c) : "";
        return F($"{config.Source ?? "no file, defaults"}; store {Stores.StoreLocation.Describe(storeLocal)}{central}; pushers {pushers}; budget {config.Boot.Budget.TotalSeconds:0} s{(config.Boot.Fallback ? ", fallback allowed" : "")}");
    }

    public static string Probe(NodeProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var memory = probe.MemoryKiB is { } kib ? F($", {kib / (1024.0 * 1024.0):F1} GiB") : "";
        return F($"{probe.Cpu.ModelName}, {probe.Cpu.OnlineCpus.Count} CPUs ({probe.Cpu.Sockets}x{probe.Cpu.CoresPerSocket}x{probe.Cpu.ThreadsPerCore}){memory}, {probe.Hypervisor ?? "bare metal"}");
    }

    public static string Measure(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var seconds = (result.FinishedUtc - result.StartedUtc).TotalSeconds;
        var interval = result.ScoreInterval is { } ci ? " ±" + DisplayFormat.Percent(ci.RelativeHalfWidth, 1) : "";
        var target = result.ScoreInterval?.TargetMet switch { true => ", target met", false => ", target NOT met", null => "" };
        return F($"score {result.NodeScore:F2}{interval}{target}, {result.Plan.Copies} copies, in {seconds:F1} s");
    }

    public static string Verdict(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var errors = result.Conclusions.Where(c => c.Severity == Severity.Error).Select(c => c.Message).ToList();
        var warnings = result.Conclusions.Count(c => c.Severity == Severity.Warning);
        if (result.Disturbed)
        {
            return "DISTURBED: " + (errors.Count > 0 ? string.Join("; ", errors) : "see the stored result's conclusions");
        }

        return warnings == 0 ? "ok" : F($"ok, {warnings} warning(s)");
    }

    public static string Estimate(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Estimate is not { } e)
        {
            return "none: no calibration model applied";
        }

        return F($"{e.Unit} {DisplayFormat.Number(e.Value, "F1")} ({DisplayFormat.Number(e.Low, "F1")} to {DisplayFormat.Number(e.High, "F1")}, whole node), factor {DisplayFormat.Number(e.CpuFactor, "F2")}, model {e.ModelId}{(e.ModelProvisional ? " (provisional)" : "")}");
    }

    public static string Done(RunResult published, IReadOnlyList<string> targets, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(targets);
        var e = published.Estimate!;
        var to = targets.Count == 0 ? "published nowhere (no pushers configured)" : "published to " + string.Join(", ", targets);
        return F($"{e.Unit} {DisplayFormat.Number(e.Value, "F1")}, factor {DisplayFormat.Number(e.CpuFactor, "F2")}, {to}, in {elapsed.TotalSeconds:F1} s");
    }

    public static string Fallback(RunResult lastGood)
    {
        ArgumentNullException.ThrowIfNull(lastGood);
        var e = lastGood.Estimate!;
        return F($"publishing the last good result {lastGood.Id:D} of {lastGood.StartedUtc.UtcDateTime:yyyy-MM-dd HH:mm}Z ({e.Unit} {DisplayFormat.Number(e.Value, "F1")}, factor {DisplayFormat.Number(e.CpuFactor, "F2")}): same node, same hardware");
    }

    public static string Failed(IReadOnlyList<string> reasons, bool fallbackPublished, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var outcome = fallbackPublished ? "the last good result was published instead" : "nothing published, the previous values stay";
        return F($"{string.Join("; ", reasons)}; {outcome}, in {elapsed.TotalSeconds:F1} s");
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

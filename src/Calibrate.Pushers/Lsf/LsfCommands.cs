using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// The commands that make LIM and mbatchd take a changed lsf.shared / lsf.cluster (LSF 10.1 "Commands to reconfigure
/// your cluster", lsf.shared.5): check first, because `lsadmin reconfig` does not validate and drops hosts whose model
/// is unknown; `-f` because without a terminal `lsadmin reconfig` quietly does nothing and exits 0; and mbatchd keeps
/// the old factor until it restarts (integration.md 7, observed on volclava).
/// </summary>
public static class LsfCommands
{
    public static PlannedCommand CheckConfig { get; } = new(
        CommandLine.Of("lsadmin", "ckconfig", "-v"), "check lsf.shared and lsf.cluster before LIM reads them", CommandRole.Check)
    {
        Verdict = FatalErrors,
    };

    public static PlannedCommand ReconfigLim { get; } = new(
        CommandLine.Of("lsadmin", "reconfig", "-f"), "LIM re-reads the host models and factors", CommandRole.Apply);

    public static PlannedCommand RestartMbatchd { get; } = new(
        CommandLine.Of("badmin", "mbdrestart", "-f"), "mbatchd takes the new CPU factors", CommandRole.Apply);

    /// <summary>Every host with its model and CPU factor as LIM holds them; `-w` so that model names are not cut (`Intel_EM` for `Intel_EM64T`).</summary>
    public static CommandLine ShowHosts { get; } = CommandLine.Of("lshosts", "-w");

    /// <summary>The whole reconfiguration, in order: check, LIM, mbatchd.</summary>
    public static IReadOnlyList<PlannedCommand> Reconfigure => [CheckConfig, ReconfigLim, RestartMbatchd];

    /// <summary>`ckconfig` prints "There are fatal errors" (and may still exit 0 in some versions).</summary>
    private static string? FatalErrors(CommandResult result)
    {
        var output = result.StandardOutput + "\n" + result.StandardError;
        return output.Contains("fatal error", StringComparison.OrdinalIgnoreCase)
            ? output.Split('\n').FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))?.Trim() ?? "fatal errors"
            : null;
    }
}

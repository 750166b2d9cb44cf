using Calibrate.Core.Results;

namespace Calibrate.Pushers.Common;

/// <summary>The estimate a pusher publishes; even `--force` cannot publish a value that was never computed.</summary>
public static class EstimateRequirement
{
    public static Estimate Of(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Estimate
            ?? throw new PushRefusedException($"result {result.Id:D} has no estimate to publish (run with a calibration model; --force cannot supply one)");
    }

    /// <summary>"result 1b2c3d4e (node wn042)": how plans name their source.</summary>
    public static string Describe(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"result {result.Id.ToString("N")[..8]} (node {result.Hostname})";
    }
}

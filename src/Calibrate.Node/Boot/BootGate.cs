using Calibrate.Core.Probing;
using Calibrate.Core.Results;
using Calibrate.Pushers.Common;

namespace Calibrate.Node.Boot;

/// <summary>
/// The boot's publish decision, a pure function of what the measurement gave: an undisturbed, estimated, plausible
/// result is published (<see cref="PublishGate"/>, the pushers' own rule); anything else publishes nothing and ends
/// non-zero, so the node keeps its previous values. With fallback allowed, the last good result of the same node
/// stands in, but only if its hardware fingerprint is this node's and it passes the same gate; the outcome still
/// says the measurement failed.
/// </summary>
public static class BootGate
{
    /// <param name="measured">The analysed result; null when the measurement failed.</param>
    /// <param name="failure">Why the measurement failed, and how boot ends; null when it finished.</param>
    /// <param name="hardware">This node as probed now.</param>
    /// <param name="lastGood">The newest earlier result of this host judged good, if fallback is allowed and one was found.</param>
    public static BootDecision Decide(RunResult? measured, (string Reason, BootOutcome Outcome)? failure, HardwareFingerprint hardware, RunResult? lastGood)
    {
        ArgumentNullException.ThrowIfNull(hardware);
        List<string> reasons;
        BootOutcome exit;
        if (measured is not null && failure is null)
        {
            reasons = [.. PublishGate.Refusals(measured)];
            if (reasons.Count == 0)
            {
                return new BootDecision(measured, false, [], BootOutcome.Published);
            }

            exit = measured.Disturbed ? BootOutcome.Disturbed : BootOutcome.Failed;
        }
        else
        {
            reasons = [failure?.Reason ?? "the measurement did not finish"];
            exit = failure?.Outcome ?? BootOutcome.Failed;
        }

        if (lastGood is not null && CanStandIn(lastGood, hardware) is { } refusal)
        {
            reasons.Add($"no fallback: {refusal}");
            lastGood = null;
        }

        return new BootDecision(lastGood, lastGood is not null, reasons, exit);
    }

    /// <summary>Null when <paramref name="candidate"/> may stand in for a measurement of this hardware; else why not.</summary>
    public static string? CanStandIn(RunResult candidate, HardwareFingerprint hardware)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (HardwareFingerprint.Of(candidate.Probe) != hardware)
        {
            return $"the last result {candidate.Id:D} was measured on other hardware ({Describe(HardwareFingerprint.Of(candidate.Probe))}, now {Describe(hardware)})";
        }

        return PublishGate.Refusals(candidate) is { Count: > 0 } refusals ? $"the last result {candidate.Id:D} is not publishable ({string.Join("; ", refusals)})" : null;
    }

    private static string Describe(HardwareFingerprint f) =>
        FormattableString.Invariant($"{f.CpuModel}, {f.LogicalCpus} CPUs as {f.Sockets}x{f.CoresPerSocket}x{f.ThreadsPerCore}{(f.MemoryGiB is { } m ? $", {m} GiB" : "")}");
}

using System.Diagnostics;
using Calibrate.Core.Text;
using Calibrate.Platform.Processes;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// Reads back what LIM holds after a reconfiguration: `lshosts -w` (wide, so model names are not cut) until every
/// expected host shows its model and factor, or <see cref="Timeout"/> passes. The exit code of `lsadmin reconfig` is
/// no proof: volclava's exits 0 having done nothing (integration.md 7). After a real one LIM answers "LIM is down; try
/// later" for a while, so a failing `lshosts` is looked at again, not taken as the verdict.
/// </summary>
public sealed class LsfReconfigVerifier(CommandExecutor executor)
{
    /// <summary>Long enough for the LIMs of a cluster to restart after `lsadmin reconfig -f`.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Between two looks: LIM takes seconds to come back, and each look is one cheap query of the master LIM.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Null once `lshosts -w` shows every host of <paramref name="expected"/> as expected; else what it showed last.</summary>
    public async Task<string?> VerifyAsync(IReadOnlyList<LsfExpectedHost> expected, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (expected.Count == 0)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        while (true)
        {
            var problem = await LookAsync(expected, cancellation);
            var left = Timeout - clock.Elapsed;
            if (problem is null || left <= TimeSpan.Zero)
            {
                return problem;
            }

            await Task.Delay(left < Interval ? left : Interval, cancellation);
        }
    }

    private async Task<string?> LookAsync(IReadOnlyList<LsfExpectedHost> expected, CancellationToken cancellation)
    {
        try
        {
            var result = await executor.RunAsync(LsfCommands.ShowHosts, cancellation, executor.Policy with { Attempts = 1 });
            return LsfHostsTable.Parse(result.StandardOutput) is { } rows
                ? LsfHostsTable.Mismatch(expected, rows)
                : $"`{LsfCommands.ShowHosts.Display}` printed no HOST_NAME/model/cpuf table: {UntrustedText.Quote(result.StandardOutput.Trim())}";
        }
        catch (CommandFailedException error)
        {
            return error.Message;
        }
    }
}

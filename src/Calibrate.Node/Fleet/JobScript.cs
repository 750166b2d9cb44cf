using System.Globalization;
using System.Text;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Node.Fleet;

/// <summary>
/// The job each node runs: `calibrate run` with the campaign's profile and label, into the central store, waiting
/// for the node lock (a boot measurement may be running). A plain sh script, every word quoted.
/// </summary>
public static class JobScript
{
    /// <summary>A boot or manual run on the node finishes within minutes; the job waits for it rather than fail.</summary>
    public const string LockWait = "10m";

    public static CommandLine Command(IReadOnlyList<string> calibrate, Campaign campaign, string? budget)
    {
        ArgumentNullException.ThrowIfNull(calibrate);
        ArgumentNullException.ThrowIfNull(campaign);
        List<string> arguments = [.. calibrate.Skip(1), "run", "--profile", campaign.Profile, "--label", campaign.Label, "--store", campaign.Store, "--wait", LockWait];
        if (budget is not null)
        {
            arguments.AddRange(["--budget", budget]);
        }

        return new CommandLine(calibrate[0], arguments);
    }

    public static string Render(CommandLine command, Campaign campaign, string node, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(campaign);
        var sb = new StringBuilder();
        sb.Append("#!/bin/sh\n");
        sb.Append(CultureInfo.InvariantCulture, $"# calibrate fleet campaign {campaign.Id}: benchmark node {node} alone, store into the central store.\n");
        sb.Append(CultureInfo.InvariantCulture, $"cd {CommandLine.Of(workingDirectory).Display} || exit 1\n");
        sb.Append(CultureInfo.InvariantCulture, $"exec {command.Display}\n");
        return sb.ToString();
    }
}

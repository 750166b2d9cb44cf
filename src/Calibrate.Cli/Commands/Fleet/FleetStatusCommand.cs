using System.CommandLine;
using System.Text.Json;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;
using Calibrate.Node.Fleet;

namespace Calibrate.Cli.Commands.Fleet;

/// <summary>`calibrate fleet status`: which nodes of a campaign are done, running, pending or failed, and which others are stale.</summary>
public static class FleetStatusCommand
{
    public static Command Create(CliContext context)
    {
        var campaignId = new Option<string?>("--campaign") { Description = "The campaign (default: the newest under results/campaigns).", HelpName = "ID" };
        var store = new Option<string?>("--store") { Description = "The store to look in (default: the one the campaign's jobs write to).", HelpName = "PATH|URL" };
        var staleAfter = new Option<string>("--stale-after") { Description = "Nodes outside the campaign whose latest result is older than this are stale, e.g. 30d or 12h.", DefaultValueFactory = _ => "30d", HelpName = "AGE" };
        var json = new Option<bool>("--json") { Description = "Print the nodes and their states as JSON." };
        var command = new Command("status", "Join the campaign's jobs (sacct or squeue, bjobs, qstat and qacct, condor_q and condor_history, PBS qstat) with the store: done (a result with the campaign's label), running, pending, failed (the job ended without one); nodes outside the campaign are stale or current by the age of their latest result.\n\nExamples:\n  calibrate fleet status\n  calibrate fleet status --campaign 20261121T100000Z --stale-after 14d --json")
        {
            campaignId, store, staleAfter, json,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var stale = ParseAge(parse.GetValue(staleAfter)!);
            var report = await new FleetStatusQuery(context.Node).RunAsync(parse.GetValue(campaignId), parse.GetValue(store), stale, cancellation);
            await context.Out.WriteAsync(parse.GetValue(json)
                ? JsonSerializer.Serialize(report, FleetJsonContext.Default.CampaignReport) + "\n"
                : CampaignRenderer.Render(report));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"30d", "12h", "90m".</summary>
    public static TimeSpan ParseAge(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ValueParsers.TryParseDuration(text, out var age) ? age : throw CliException.Usage($"--stale-after '{text}' is not an age such as 30d or 12h");
    }
}

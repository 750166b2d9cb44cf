using System.CommandLine;
using System.Text.Json;
using Calibrate.Cli.Infrastructure;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Fleet;

/// <summary>`calibrate fleet status`: which nodes of a campaign are done, running, pending or failed, and which others are stale.</summary>
public static class FleetStatusCommand
{
    /// <summary>A month: CPU factors drift with firmware, microcode and hypervisor updates on that scale.</summary>
    public static readonly TimeSpan DefaultStaleAfter = TimeSpan.FromDays(30);

    public static Command Create(CliContext context)
    {
        var campaignId = new Option<string?>("--campaign") { Description = "The campaign (default: the newest under results/campaigns).", HelpName = "ID" };
        var store = new Option<string?>("--store") { Description = "The store to look in (default: the one the campaign's jobs write to).", HelpName = "PATH|URL" };
        var staleAfter = new Option<string>("--stale-after") { Description = "Nodes outside the campaign whose latest result is older than this are stale, e.g. 30d or 12h.", DefaultValueFactory = _ => "30d", HelpName = "AGE" };
        var json = new Option<bool>("--json") { Description = "Print the nodes and their states as JSON." };
        var command = new Command("status", "Join the campaign's jobs (squeue, bjobs) with the store: done (a result with the campaign's label), running, pending, failed (the job ended without one); nodes outside the campaign are stale or current by the age of their latest result.\n\nExamples:\n  calibrate fleet status\n  calibrate fleet status --campaign 20261121T100000Z --stale-after 14d --json")
        {
            campaignId, store, staleAfter, json,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var stale = ParseAge(parse.GetValue(staleAfter)!);
            var campaign = new CampaignFiles(FleetSchedulers.CampaignsRoot(context)).Load(parse.GetValue(campaignId));
            var batch = FleetSchedulers.For(campaign.Scheduler);
            var states = campaign.Jobs.Count == 0
                ? new Dictionary<string, JobPhase>()
                : await StatesAsync(batch, campaign, context, cancellation);
            var argument = parse.GetValue(store) is { } s ? (Store.Postgres.PostgresTarget.IsUrl(s) ? s : context.ResolvePath(s)) : campaign.Store;
            using var opened = StoreFactory.Open(argument, argument, new StoreOpenOptions { GetEnvironment = context.GetEnvironment });
            var report = CampaignStatus.Join(
                campaign, states, opened.Query(new ResultFilter { Label = campaign.Label }), opened.LatestPerNode(ResultFilter.All), DateTimeOffset.UtcNow, stale);
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

    /// <summary>The scheduler's view; its exit code is ignored (bjobs fails when some ids are forgotten) but not a timeout.</summary>
    private static async Task<IReadOnlyDictionary<string, JobPhase>> StatesAsync(IBatchScheduler batch, Campaign campaign, CliContext context, CancellationToken cancellation)
    {
        var command = batch.States(campaign.Jobs.Select(j => j.JobId).ToArray());
        var result = await FleetSchedulers.Runner(context).RunAsync(command, FleetSchedulers.CommandTimeout, cancellation);
        if (result.TimedOut)
        {
            throw new Pushers.Common.CommandFailedException($"`{command.Display}` timed out after {FleetSchedulers.CommandTimeout.TotalSeconds:0} s");
        }

        return batch.ParseStates(result.StandardOutput);
    }
}

using Calibrate.Node.Hosting;
using Calibrate.Node.Stores;
using Calibrate.Platform.Processes;
using Calibrate.Store;

namespace Calibrate.Node.Fleet;

/// <summary>`fleet status`: the campaign's jobs as the scheduler sees them, joined with the store (<see cref="CampaignStatus"/>).</summary>
public sealed class FleetStatusQuery(NodeEnvironment environment)
{
    /// <summary>A month: CPU factors drift with firmware, microcode and hypervisor updates on that scale.</summary>
    public static readonly TimeSpan DefaultStaleAfter = TimeSpan.FromDays(30);

    public async Task<CampaignReport> RunAsync(string? campaignId, string? storeOption, TimeSpan staleAfter, CancellationToken cancellation)
    {
        var campaign = new CampaignFiles(FleetSchedulers.CampaignsRoot(environment)).Load(campaignId);
        var batch = FleetSchedulers.For(campaign.Scheduler);
        var states = campaign.Jobs.Count == 0
            ? new Dictionary<string, JobPhase>()
            : await StatesAsync(batch, campaign, cancellation);
        using var store = StoreLocation.Open(storeOption ?? campaign.Store, environment);
        return CampaignStatus.Join(
            campaign, states, store.Query(new ResultFilter { Label = campaign.Label }), store.LatestPerNode(ResultFilter.All), environment.Clock.GetUtcNow(), staleAfter);
    }

    /// <summary>The scheduler's view; its exit code is ignored (bjobs fails when some ids are forgotten) but not a timeout.</summary>
    private async Task<IReadOnlyDictionary<string, JobPhase>> StatesAsync(IBatchScheduler batch, Campaign campaign, CancellationToken cancellation)
    {
        var command = batch.States(campaign.Jobs.Select(j => j.JobId).ToArray());
        var result = await CommandRunners.Runner(environment).RunAsync(command, FleetSchedulers.CommandTimeout, cancellation);
        if (result.TimedOut)
        {
            throw new CommandFailedException($"`{command.Display}` timed out after {FleetSchedulers.CommandTimeout.TotalSeconds:0} s");
        }

        return batch.ParseStates(result.StandardOutput);
    }
}

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
        var (states, source) = campaign.Jobs.Count == 0
            ? (new Dictionary<string, JobPhase>(), "no jobs were submitted")
            : await StatesAsync(batch.StateQueries(campaign), cancellation);
        using var store = StoreLocation.Open(storeOption ?? campaign.Store, environment);
        var report = CampaignStatus.Join(
            campaign, states, store.Query(new ResultFilter { Label = campaign.Label }), store.LatestPerNode(ResultFilter.All), environment.Clock.GetUtcNow(), staleAfter);
        return report with { StatesFrom = source };
    }

    /// <summary>
    /// Asks the queries in order; an earlier answer for a job wins. Returns the states and which commands gave them
    /// ("squeue (sacct: Slurm accounting storage is disabled)"). A query that times out, or fails where its failure is
    /// an error, stops status with the command's one-line message.
    /// </summary>
    private async Task<(IReadOnlyDictionary<string, JobPhase> States, string Source)> StatesAsync(IReadOnlyList<StateQuery> queries, CancellationToken cancellation)
    {
        var runner = CommandRunners.Runner(environment);
        var timeout = CommandRunners.Timeout(environment, FleetSchedulers.CommandTimeout);
        var states = new Dictionary<string, JobPhase>(StringComparer.Ordinal);
        var answered = new List<string>();
        var skipped = new List<string>();
        foreach (var query in queries)
        {
            var result = await runner.RunAsync(query.Command, timeout, cancellation);
            if (result.TimedOut || (!result.Succeeded && query.OnFailure == QueryFailure.Error))
            {
                throw new CommandFailedException(CommandExecutor.Describe(query.Command, result, RetryPolicy.Once with { Timeout = timeout }));
            }

            if (!result.Succeeded && query.OnFailure == QueryFailure.Skip)
            {
                skipped.Add($"{query.Command.Program}: {FirstLine(result)}");
                continue;
            }

            answered.Add(query.Command.Program);
            foreach (var (id, phase) in query.Parse(result.StandardOutput))
            {
                states.TryAdd(id, phase);
            }

            if (query.Sufficient && result.Succeeded)
            {
                break;
            }
        }

        var source = string.Join(" and ", answered) + (skipped.Count > 0 ? $" ({string.Join("; ", skipped)})" : string.Empty);
        return (states, source);
    }

    private static string FirstLine(CommandResult result)
    {
        var text = result.StandardError.Trim().Length > 0 ? result.StandardError : result.StandardOutput;
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"exit {result.ExitCode}";
    }
}

using System.CommandLine;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.Common;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Push;

/// <summary>
/// The one figure `push arc` and `push apel` publish: each chosen node's latest undisturbed stored estimate, through the
/// publish gate, into <see cref="CapacityWeightedMean"/> in the site's accounting unit. Nodes left out are named on
/// stderr; no node left is a refusal.
/// </summary>
public static class FleetFigure
{
    public static PerCoreFigure Compute(ParseResult parse, FleetPushOptions options, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var hosts = options.ChosenHosts(parse);
        var force = parse.GetValue(options.Force);
        var unit = context.Site().Unit();
        using var store = ResultsStoreOption.Open(parse, options.Store, context);
        var latest = CapacityWeightedMean.LatestPerNode(store.Query(ResultFilter.All).Where(s => hosts is null || hosts.Contains(s.Hostname)));
        var found = latest.Select(s => s.Hostname).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var missing in (hosts ?? new HashSet<string>()).Where(h => !found.Contains(h)).Order(StringComparer.Ordinal))
        {
            context.Error.WriteLine($"skipping {missing}: no undisturbed estimate in the store");
        }

        var used = new List<ResultSummary>();
        foreach (var summary in latest)
        {
            var reasons = store.Get(summary.Id) is { } result ? PublishGate.Refusals(result) : ["the result could not be read back"];
            if (reasons.Count > 0 && !force)
            {
                context.Error.WriteLine($"skipping {summary.Hostname}: {string.Join("; ", reasons)} (--force includes it)");
                continue;
            }

            if (reasons.Count > 0)
            {
                context.Error.WriteLine($"warning: including {summary.Hostname} despite: {string.Join("; ", reasons)} (--force)");
            }

            used.Add(summary);
        }

        return used.Count > 0
            ? CapacityWeightedMean.Of(used, unit)
            : throw new PushRefusedException($"no {(hosts is null ? "node" : "node of --hosts")} has a publishable undisturbed estimate in the store; nothing was changed");
    }

    /// <summary>Applies <paramref name="plan"/> (unless --dry-run) and prints it.</summary>
    public static int Finish(ParseResult parse, FleetPushOptions options, CliContext context, PushPlan plan)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var dryRun = parse.GetValue(options.DryRun);
        var changed = dryRun
            ? plan.HasChanges
            : new PlanApplier(CommandRunners.Executor(context.Node)).ApplyAsync(plan, context.Cancellation).GetAwaiter().GetResult().Changed;
        PushExecution.Print(context, plan, parse.GetValue(options.Json), dryRun, changed);
        return ExitCodes.Ok;
    }
}

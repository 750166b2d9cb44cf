using System.CommandLine;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Node.Publishing;
using Calibrate.Node.Results;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Cli.Commands.Push;

/// <summary>
/// What every push shares: choosing the result and the publish gate, planning a node-side target through the same
/// registry boot uses (<see cref="PushTargets"/>), then either printing the plan (--dry-run) or applying it and printing
/// what changed, as text or --json. A push that changes nothing says so and exits 0.
/// </summary>
public static class PushExecution
{
    public static RunResult GatedResult(ParseResult parse, PushOptions options, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var result = ResultSelection.Resolve(
            parse.GetValue(options.ResultFile), parse.GetValue(options.Result), parse.GetValue(options.Latest), context.Node, () => ResultsStoreOption.Open(parse, options.Store, context));
        var force = parse.GetValue(options.Force);
        PublishGate.Ensure(result, force);
        if (force && PublishGate.Refusals(result) is { Count: > 0 } overridden)
        {
            context.Error.WriteLine($"warning: publishing despite: {string.Join("; ", overridden)} (--force)");
        }

        return result;
    }

    /// <summary>Plans <paramref name="target"/> with <paramref name="settings"/> as boot would, then finishes the push.</summary>
    public static int Run(ParseResult parse, PushOptions options, CliContext context, string target, PushersSettings settings)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(context);
        var result = GatedResult(parse, options, context);
        var executor = CommandRunners.Executor(context.Node);
        var plan = PushTargets.Find(target).Plan(new PushRequest(result, settings, context.Node, executor), context.Cancellation).GetAwaiter().GetResult();
        return Finish(parse, options, context, plan, executor);
    }

    public static int Finish(ParseResult parse, PushOptions options, CliContext context, PushPlan plan, CommandExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var dryRun = parse.GetValue(options.DryRun);
        var changed = plan.HasChanges;
        if (!dryRun)
        {
            changed = new PlanApplier(executor).ApplyAsync(plan, context.Cancellation).GetAwaiter().GetResult().Changed;
        }

        Print(parse, options, context, plan, dryRun, changed);
        return ExitCodes.Ok;
    }

    public static void Print(ParseResult parse, PushOptions options, CliContext context, PushPlan plan, bool dryRun, bool changed)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        Print(context, plan, parse.GetValue(options.Json), dryRun, changed);
    }

    public static void Print(CliContext context, PushPlan plan, bool json, bool dryRun, bool changed)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Out.Write(json
            ? PushJsonContext.Serialize(PushReport.From(plan, dryRun, changed)) + "\n"
            : PlanRenderer.Render(plan, dryRun));
    }
}

using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
using Calibrate.Pushers.Common;

namespace Calibrate.Cli.Commands.Push;

/// <summary>
/// The shared tail of every push: the publish gate, then either print the plan (--dry-run) or apply it and print what
/// changed, as text or --json. A push that changes nothing says so and exits 0.
/// </summary>
public static class PushExecution
{
    public static CommandExecutor Executor() => new(new ProcessCommandRunner());

    public static RunResult GatedResult(ParseResult parse, PushOptions options, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(context);
        var result = PushResultSource.Resolve(parse, options, context);
        var force = parse.GetValue(options.Force);
        PublishGate.Ensure(result, force);
        if (force && PublishGate.Refusals(result) is { Count: > 0 } overridden)
        {
            context.Error.WriteLine($"warning: publishing despite: {string.Join("; ", overridden)} (--force)");
        }

        return result;
    }

    public static int Finish(ParseResult parse, PushOptions options, CliContext context, PushPlan plan)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var dryRun = parse.GetValue(options.DryRun);
        var changed = plan.HasChanges;
        if (!dryRun)
        {
            changed = new PlanApplier(Executor()).ApplyAsync(plan, context.Cancellation).GetAwaiter().GetResult().Changed;
        }

        Print(parse, options, context, plan, dryRun, changed);
        return ExitCodes.Ok;
    }

    public static void Print(ParseResult parse, PushOptions options, CliContext context, PushPlan plan, bool dryRun, bool changed)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        context.Out.Write(parse.GetValue(options.Json)
            ? PushJsonContext.Serialize(PushReport.From(plan, dryRun, changed)) + "\n"
            : PlanRenderer.Render(plan, dryRun));
    }
}

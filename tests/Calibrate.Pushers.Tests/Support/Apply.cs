using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Tests.Support;

/// <summary>Applies a plan with a runner that fails any command: for pushers that change files only.</summary>
public static class Apply
{
    public static PushOutcome Files(PushPlan plan) =>
        new PlanApplier(new CommandExecutor(new ProcessCommandRunner(new Dictionary<string, string> { ["PATH"] = "/nonexistent" }), RetryPolicy.Once))
            .ApplyAsync(plan, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The plan as --dry-run prints it, with the temp directory replaced by &lt;dir&gt;.</summary>
    public static string DryRun(PushPlan plan, string tempRoot) =>
        PlanRenderer.Render(plan, dryRun: true).Replace(tempRoot, "<dir>", StringComparison.Ordinal);
}

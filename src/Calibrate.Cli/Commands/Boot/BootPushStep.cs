using Calibrate.Cli.Configuration;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.GridEngine;
using Calibrate.Pushers.HtCondor;
using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Mjf;
using Calibrate.Pushers.Slurm;

namespace Calibrate.Cli.Commands.Boot;

/// <summary>
/// Publishes to every configured target, each planned and applied as `calibrate push TARGET` does (the same pure
/// planners, the same transactional apply), bounded by what is left of the budget. A target that fails or hangs is
/// killed and rolled back by the applier (its files restored), reported, and the next target still gets its turn:
/// each target ends with either the new values or its old ones, never half of each.
/// </summary>
public sealed class BootPushStep(CliContext context, BootJournal journal)
{
    /// <summary>Two tries: a daemon restarting at boot gets one more chance, a dead one does not eat the budget.</summary>
    public const int Attempts = 2;

    public async Task<(IReadOnlyList<string> Published, bool AnyFailed)> PushAsync(
        RunResult result, PushersSettings settings, Func<TimeSpan> remaining, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(remaining);
        var published = new List<string>();
        var failed = false;
        foreach (var target in settings.Enabled)
        {
            var left = remaining();
            var policy = new RetryPolicy { Attempts = Attempts, Timeout = settings.Timeout < left ? settings.Timeout : left };
            var executor = new CommandExecutor(Runner(), policy);
            try
            {
                var outcome = await Bounded.RunAsync(ct => PushOneAsync(target, result, settings, executor, ct), left, cancellation);
                if (outcome.Value is { } pushed)
                {
                    published.Add(target);
                    journal.Step("push " + target, (pushed.Changed ? "updated: " : "unchanged: ") + Short(pushed.Plan.Subject));
                    continue;
                }

                journal.Step("push " + target, FormattableString.Invariant($"FAILED: no answer within the budget ({left.TotalSeconds:0.#} s left); its files are rolled back"));
            }
            catch (Exception e) when (e is CommandFailedException or PushConfigException or PushRefusedException or IOException or UnauthorizedAccessException)
            {
                journal.Step("push " + target, "FAILED: " + e.Message);
            }

            failed = true;
        }

        return (published, failed);
    }

    private async Task<PushOutcome> PushOneAsync(string target, RunResult result, PushersSettings s, CommandExecutor executor, CancellationToken cancellation)
    {
        PublishGate.Ensure(result, force: false);
        var plan = target switch
        {
            "mjf" => MachineFeaturesPlanner.Plan(result, MjfDirectory.MachineFeatures(Resolve(s.Mjf!.Directory), context.GetEnvironment), s.Mjf.Legacy),
            "lsf_local" => LsfLocalPlanner.Plan(result, Resolve(s.LsfLocal!.LsfConf) ?? LsfConf()),
            "slurm" => await SlurmPusher.PlanAsync(result, s.Slurm!.Node, executor, cancellation),
            "htcondor" => HtCondorPlanner.Plan(result, Resolve(s.HtCondor!.ConfigDirectory) ?? HtCondorPlanner.DefaultConfigDirectory, executor.Runner.Locate("condor_reconfig") is not null),
            "gridengine" => await GridEnginePusher.PlanAsync(result, s.GridEngine!.Host, executor, cancellation),
            _ => throw new PushConfigException($"unknown pusher '{target}'"),
        };
        return await new PlanApplier(executor).ApplyAsync(plan, cancellation);
    }

    /// <summary>The child's PATH is the context's, so a site (or a test) decides which scontrol boot runs.</summary>
    private ProcessCommandRunner Runner() =>
        new(context.GetEnvironment("PATH") is { Length: > 0 } path ? new Dictionary<string, string> { ["PATH"] = path } : null);

    private string? Resolve(string? path) => path is null ? null : context.ResolvePath(path);

    private string LsfConf() =>
        context.GetEnvironment("LSF_ENVDIR") is { Length: > 0 } env ? Path.Combine(env, "lsf.conf") : "/etc/lsf.conf";

    /// <summary>"hs06 45.9, total_cpu 2": the subject without where it came from (the journal said that already).</summary>
    private static string Short(string subject)
    {
        var at = subject.IndexOf(" from ", StringComparison.Ordinal);
        return at > 0 ? subject[..at] : subject;
    }
}

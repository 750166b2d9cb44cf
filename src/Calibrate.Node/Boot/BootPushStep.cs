using Calibrate.Core.Results;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Node.Publishing;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Node.Boot;

/// <summary>
/// Publishes to every configured target, each planned and applied as `calibrate push TARGET` does (the same pure
/// planners, the same transactional apply), bounded by what is left of the budget. A target that fails or hangs is
/// killed and rolled back by the applier (its files restored), reported, and the next target still gets its turn:
/// each target ends with either the new values or its old ones, never half of each.
/// </summary>
public sealed class BootPushStep(NodeEnvironment environment, IBootJournal journal)
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
        foreach (var target in PushTargets.Enabled(settings))
        {
            var left = remaining();
            var policy = new RetryPolicy { Attempts = Attempts, Timeout = settings.Timeout < left ? settings.Timeout : left };
            var executor = CommandRunners.Executor(environment, policy);
            try
            {
                var outcome = await Bounded.RunAsync(ct => PushOneAsync(target, new PushRequest(result, settings, environment, executor), ct), left, cancellation);
                if (outcome.Value is { } pushed)
                {
                    published.Add(target.ConfigKey);
                    journal.Record("push " + target.ConfigKey, (pushed.Changed ? "updated: " : "unchanged: ") + Short(pushed.Plan.Subject));
                    continue;
                }

                journal.Record("push " + target.ConfigKey, FormattableString.Invariant($"FAILED: no answer within the budget ({left.TotalSeconds:0.#} s left); its files are rolled back"));
            }
            catch (Exception e) when (e is CommandFailedException or PushConfigException or PushRefusedException or IOException or UnauthorizedAccessException)
            {
                journal.Record("push " + target.ConfigKey, "FAILED: " + e.Message);
            }

            failed = true;
        }

        return (published, failed);
    }

    private static async Task<PushOutcome> PushOneAsync(PushTarget target, PushRequest request, CancellationToken cancellation)
    {
        PublishGate.Ensure(request.Result, force: false);
        var plan = await target.Plan(request, cancellation);
        return await new PlanApplier(request.Executor).ApplyAsync(plan, cancellation);
    }

    /// <summary>"hs06 45.9, total_cpu 2": the subject without where it came from (the journal said that already).</summary>
    private static string Short(string subject)
    {
        var at = subject.IndexOf(" from ", StringComparison.Ordinal);
        return at > 0 ? subject[..at] : subject;
    }
}

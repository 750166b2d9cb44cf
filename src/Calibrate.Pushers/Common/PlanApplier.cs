using Calibrate.Platform.Processes;
namespace Calibrate.Pushers.Common;

/// <summary>
/// Carries out a <see cref="PushPlan"/>: the files in one <see cref="FileTransaction"/>, then the check commands, then the apply
/// commands with retries; if any command fails, every file is restored from the transaction's backup. A plan without changes does nothing.
/// </summary>
public sealed class PlanApplier(CommandExecutor executor, Func<FileTransaction>? newTransaction = null)
{
    public async Task<PushOutcome> ApplyAsync(PushPlan plan, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.HasChanges)
        {
            FileTransaction.RemoveLeftovers(plan.Files);
            return new PushOutcome(plan, false, []);
        }

        var transaction = newTransaction?.Invoke() ?? new FileTransaction();
        transaction.Apply(plan.Files);
        var results = new List<CommandResult>();
        foreach (var step in plan.Commands.Where(c => c.Role == CommandRole.Check))
        {
            try
            {
                var result = await executor.RunAsync(step.Command, cancellation, executor.Policy with { Attempts = 1 });
                results.Add(result);
                if (step.Verdict?.Invoke(result) is { } failure)
                {
                    throw new CommandFailedException($"`{step.Command.Display}` reports a problem: {failure}");
                }
            }
            catch (Exception error) when (error is CommandFailedException or OperationCanceledException)
            {
                transaction.Rollback();
                throw new CommandFailedException($"{error.Message}; the configuration files were restored and nothing was applied", error);
            }
        }

        var done = new List<string>();
        foreach (var step in plan.Commands.Where(c => c.Role == CommandRole.Apply))
        {
            try
            {
                results.Add(await executor.RunAsync(step.Command, cancellation));
                done.Add(step.Command.Display);
            }
            catch (Exception error) when (error is CommandFailedException or OperationCanceledException && transaction.Applied.Count > 0)
            {
                // Every file goes back as it was; a daemon that already re-read them follows at its next reconfiguration.
                transaction.Rollback();
                var already = done.Count == 0 ? string.Empty : $" ({string.Join(", ", done)} had already run)";
                throw new CommandFailedException($"{error.Message}; the files were restored{already}, push again when the daemons respond", error);
            }
        }

        return new PushOutcome(plan, true, results);
    }
}

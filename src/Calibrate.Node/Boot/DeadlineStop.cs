using Calibrate.Agent.Running;
using Calibrate.Core.Running;

namespace Calibrate.Node.Boot;

/// <summary>
/// Ends the measurement when boot's measure deadline comes, whatever the setup took: on a loaded or slow node the
/// copies' start eats into the budget, and a shorter measurement (with its wider interval, stated) is worth more at
/// boot than none. The runner asks only once every copy has run every kernel, so the result is always complete.
/// </summary>
public sealed class DeadlineStop(IStoppingRule? inner, Func<bool> pastDeadline) : IStoppingRule
{
    public StopCheck Evaluate(SampleSnapshot snapshot, TimeSpan elapsed)
    {
        var check = inner?.Evaluate(snapshot, elapsed) ?? StopCheck.None;
        return pastDeadline() ? check with { Stop = true } : check;
    }
}

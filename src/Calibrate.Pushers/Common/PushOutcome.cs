using Calibrate.Platform.Processes;
namespace Calibrate.Pushers.Common;

/// <summary>What a push did: whether anything changed, and the output of the commands it ran.</summary>
public sealed record PushOutcome(PushPlan Plan, bool Changed, IReadOnlyList<CommandResult> CommandResults);

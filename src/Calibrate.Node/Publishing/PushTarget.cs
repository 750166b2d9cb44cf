using Calibrate.Pushers.Common;

namespace Calibrate.Node.Publishing;

/// <summary>A node-side publishing target: its command name (`push lsf-local`), its configuration key (`lsf_local`) and its planner.</summary>
public sealed record PushTarget(string Name, string ConfigKey, Func<PushRequest, CancellationToken, Task<PushPlan>> Plan);

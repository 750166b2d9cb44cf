using Calibrate.Core.Running;

namespace Calibrate.Node.Configuration;

/// <summary>`remeasure:`: the periodic re-measurement of an idle node (packaging/systemd/calibrate-remeasure.timer).</summary>
public sealed record RemeasureSettings
{
    /// <summary>Long enough for the standard profile (about 5 minutes) with its setup, store and pushers.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMinutes(7);

    /// <summary>`scheduler`: whose jobs make the node busy (none, slurm, lsf, htcondor, gridengine, pbs).</summary>
    public string Scheduler { get; init; } = "none";

    /// <summary>`profile`: an idle node can afford the standard profile, five times the quick one's samples.</summary>
    public Profile Profile { get; init; } = Profile.Standard;

    /// <summary>`budget`: the whole re-measurement, probe to last push.</summary>
    public TimeSpan Budget { get; init; } = DefaultBudget;
}

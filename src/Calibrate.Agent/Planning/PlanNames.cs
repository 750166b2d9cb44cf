namespace Calibrate.Agent.Planning;

/// <summary>
/// What the copies and pinning settings are called where they were given, so that a refusal names the setting to
/// change: the command line's options, or the configuration file's keys.
/// </summary>
public sealed record PlanNames(string Copies, string Pinning)
{
    public static PlanNames CommandLine { get; } = new("--copies", "--pinning");

    public static PlanNames Configuration { get; } = new("measure.copies", "measure.pinning");
}

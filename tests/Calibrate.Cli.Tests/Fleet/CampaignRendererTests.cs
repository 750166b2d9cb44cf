using Calibrate.Cli.Commands.Fleet;
using Calibrate.Core.Factors;
using Calibrate.Node.Fleet;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Fleet;

/// <summary>`fleet status` as a table: a row per state, numbers culture-invariant.</summary>
public sealed class CampaignRendererTests
{
    private static readonly DateTimeOffset Submitted = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void The_table_reads_the_same_in_every_culture() => Snapshot.Match("fleet-status.txt", () => CampaignRenderer.Render(Report()));

    private static CampaignReport Report() => new("20261121T090000Z", "slurm", Submitted, TimeSpan.FromDays(30),
    [
        new("wn001", NodeState.Done, "11", Guid.Empty, Submitted.AddMinutes(8), 43.5, AccountingUnit.HS23, 2.175),
        new("wn002", NodeState.Running, "12", null, null, null, null, null),
        new("wn003", NodeState.Pending, "13", null, null, null, null, null),
        new("wn004", NodeState.Failed, "14", Guid.Empty, Submitted.AddDays(-60), 43.5, AccountingUnit.HS23, 2.175),
        new("wn005", NodeState.Failed, "15", null, null, null, null, null),
        new("wn008.example.org", NodeState.Current, null, Guid.Empty, Submitted.AddDays(-3), 43.5, AccountingUnit.HS23, 2.175),
        new("wn009.example.org", NodeState.Stale, null, Guid.Empty, Submitted.AddDays(-45), 43.5, AccountingUnit.HS23, 2.175),
    ])
    {
        StatesFrom = "squeue (sacct: Slurm accounting storage is disabled)",
    };
}

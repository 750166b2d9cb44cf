using System.CommandLine;
using Calibrate.Core.Factors;

namespace Calibrate.Cli.Infrastructure;

/// <summary>The options every command that makes or divides an estimate shares: --unit and --reference-per-slot.</summary>
public static class UnitOption
{
    public static Option<string?> Unit() => new("--unit")
    {
        Description = "Accounting unit of the estimate: HS23 (WLCG's since April 2023) or HS06 (default: reference.unit, $CALIBRATE_UNIT, else HS23).",
        HelpName = "HS23|HS06",
    };

    /// <summary>--reference-per-slot (--reference-hs06-per-slot, its name before units, still accepted).</summary>
    public static Option<string?> ReferencePerSlot(string description) => new("--reference-per-slot", "--reference-hs06-per-slot")
    {
        Description = description,
        HelpName = "VALUE",
    };

    /// <summary>--unit's value, or null when not given; an unknown unit is a usage error.</summary>
    public static AccountingUnit? Parse(string? text) =>
        text is null ? null
        : AccountingUnits.TryParse(text, out var unit) ? unit
        : throw CliException.Usage($"--unit {text}: not a unit; use HS23 or HS06");
}

using Calibrate.Core.Factors;

namespace Calibrate.Store.Schema;

/// <summary>The estimate_unit column: "HS23" or "HS06"; NULL in rows stored before units, which were HS06.</summary>
internal static class EstimateUnits
{
    public static AccountingUnit Read(string? text) => AccountingUnits.TryParse(text, out var unit) ? unit.Value : AccountingUnit.HS06;
}

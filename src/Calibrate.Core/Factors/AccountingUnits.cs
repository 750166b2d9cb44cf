using System.Diagnostics.CodeAnalysis;

namespace Calibrate.Core.Factors;

/// <summary>Names and parsing of <see cref="AccountingUnit"/>: "HS23" or "HS06", case-insensitive ("hepscore23" and "hepspec06" too).</summary>
public static class AccountingUnits
{
    public const AccountingUnit Default = AccountingUnit.HS23;

    /// <summary>Every unit, the default first: the order fits, tables and files list them in.</summary>
    public static IReadOnlyList<AccountingUnit> All { get; } = [AccountingUnit.HS23, AccountingUnit.HS06];

    public static bool TryParse(string? text, [NotNullWhen(true)] out AccountingUnit? unit)
    {
        unit = (text ?? "").Trim().ToUpperInvariant() switch
        {
            "HS23" or "HEPSCORE23" => AccountingUnit.HS23,
            "HS06" or "HEPSPEC06" or "HEP-SPEC06" => AccountingUnit.HS06,
            _ => null,
        };
        return unit is not null;
    }

    /// <summary>The column or key name of a unit in files: "hs23", "hs06".</summary>
    public static string Key(this AccountingUnit unit) => unit == AccountingUnit.HS23 ? "hs23" : "hs06";

    /// <summary>The name as accounting records and APEL write it: "HEPscore23", "HEPSPEC".</summary>
    public static string ApelName(this AccountingUnit unit) => unit == AccountingUnit.HS23 ? "HEPscore23" : "HEPSPEC";
}

using System.Globalization;

namespace Calibrate.Statistics.Priors;

/// <summary>
/// The project's own copy of the public HEPiX HS23 table, built into the library (Data/hepscore23_results.csv; its
/// source and date are in Data/README.md). A newer table can stand in for it (calibrate prior --prior-table FILE).
/// </summary>
public static class ShippedHs23Table
{
    /// <summary>The page that shows the table.</summary>
    public const string Page = "https://w3.hepix.org/benchmarking/scores_HS23.html";

    /// <summary>The CSV behind the page.</summary>
    public const string Csv = "https://github.com/HEPiX-Forum/hepix-forum.github.io/blob/master/_data/HS23scores.csv";

    /// <summary>When the copy was taken (its newest measurement is of 2026-07-02).</summary>
    public const string CopiedOn = "2026-12-01";

    public const string FileName = "hepscore23_results.csv";

    private const string ResourceName = "Calibrate.Statistics.Priors.Data.hepscore23_results.csv";

    private static readonly Lazy<Hs23Table> Loaded = new(Load);

    public static Hs23Table Table => Loaded.Value;

    private static Hs23Table Load()
    {
        using var stream = typeof(ShippedHs23Table).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the build holds no {ResourceName}");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var rows = Hs23TableCsv.Parse(text, FileName, "").Rows;
        return new Hs23Table(string.Create(CultureInfo.InvariantCulture, $"HEPiX HS23 table ({Page}), copy of {CopiedOn}, {rows.Count} configurations"), rows);
    }
}

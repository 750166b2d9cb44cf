namespace Calibrate.Statistics.Priors;

/// <summary>The public HEPiX HS23 table (or a newer copy of it): its rows and where they come from, in words.</summary>
public sealed record Hs23Table(string Source, IReadOnlyList<Hs23TableRow> Rows);

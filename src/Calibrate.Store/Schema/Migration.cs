namespace Calibrate.Store.Schema;

/// <summary>One forward step of the schema: applied in order, once, in its own transaction.</summary>
public sealed record Migration(int Version, string Name, string Sql);

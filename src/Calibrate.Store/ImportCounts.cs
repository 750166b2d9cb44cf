namespace Calibrate.Store;

/// <summary>What a batch save did: results newly stored, and results skipped because their id was already stored.</summary>
public sealed record ImportCounts(int Inserted, int AlreadyStored)
{
    public static ImportCounts None { get; } = new(0, 0);

    public ImportCounts Add(ImportCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Inserted + other.Inserted, AlreadyStored + other.AlreadyStored);
    }
}

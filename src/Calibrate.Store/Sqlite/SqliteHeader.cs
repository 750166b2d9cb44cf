using System.Buffers.Binary;
using System.Text;

namespace Calibrate.Store.Sqlite;

/// <summary>
/// The 100-byte header of a SQLite file (https://www.sqlite.org/fileformat.html#the_database_header), parsed without
/// SQLite so a foreign, newer, truncated or non-SQLite file is recognised before anything could write to it.
/// </summary>
internal sealed record SqliteHeader
{
    public const int Length = 100;

    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public required int PageSize { get; init; }

    /// <summary>Pages the header declares, or null where that field is not valid (written by very old SQLite versions).</summary>
    public long? PageCount { get; init; }

    public required int UserVersion { get; init; }

    public required int ApplicationId { get; init; }

    public static bool HasMagic(ReadOnlySpan<byte> bytes) => bytes.Length >= Magic.Length && bytes[..Magic.Length].SequenceEqual(Magic);

    /// <summary>Null when the bytes are not a whole SQLite header.</summary>
    public static SqliteHeader? Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Length || !HasMagic(bytes))
        {
            return null;
        }

        // Offset 16: page size, big-endian; the value 1 means 65536.
        var rawPageSize = BinaryPrimitives.ReadUInt16BigEndian(bytes[16..]);
        var pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        var changeCounter = BinaryPrimitives.ReadUInt32BigEndian(bytes[24..]);
        var pageCount = BinaryPrimitives.ReadUInt32BigEndian(bytes[28..]);
        var versionValidFor = BinaryPrimitives.ReadUInt32BigEndian(bytes[92..]);
        return new SqliteHeader
        {
            PageSize = pageSize,
            // The in-header size is valid only when "version-valid-for" equals the change counter.
            PageCount = pageCount > 0 && versionValidFor == changeCounter ? pageCount : null,
            UserVersion = BinaryPrimitives.ReadInt32BigEndian(bytes[60..]),
            ApplicationId = BinaryPrimitives.ReadInt32BigEndian(bytes[68..]),
        };
    }

    /// <summary>True when the file is shorter than the pages the header declares, or ends inside a page.</summary>
    public bool LooksTruncated(long fileLength) =>
        PageSize < 512 || fileLength % PageSize != 0 || (PageCount is { } pages && fileLength < pages * PageSize);
}

namespace Calibrate.Store.Schema;

/// <summary>
/// Times as SQLite keeps them: whole microseconds since the Unix epoch, UTC, so they sort as integers and match
/// PostgreSQL's timestamptz resolution (both stores return the same instants).
/// </summary>
internal static class UnixMicros
{
    public static long From(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    public static DateTimeOffset To(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * TimeSpan.TicksPerMicrosecond);

    /// <summary>Truncates a time to the resolution both stores keep.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) => To(From(time));
}

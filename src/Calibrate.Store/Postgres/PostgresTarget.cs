using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Calibrate.Store.Postgres;

/// <summary>
/// Where a PostgreSQL store is: parsed from postgresql://user@host:port/database[?sslmode=...], with the password from
/// PGPASSWORD or a pgpass file, never from the URL (it would show in process lists and shell histories).
/// </summary>
public sealed partial record PostgresTarget
{
    private const int DefaultPort = 5432;

    public required string Host { get; init; }

    public required int Port { get; init; }

    public required string Database { get; init; }

    public required string User { get; init; }

    public string? SslMode { get; init; }

    public int? ConnectTimeoutSeconds { get; init; }

    /// <summary>The store as shown to people: the URL without any password.</summary>
    public string Location => string.Create(CultureInfo.InvariantCulture, $"postgresql://{Uri.EscapeDataString(User)}@{Host}:{Port}/{Database}");

    public static bool IsUrl(string? text) =>
        text is not null && (text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase));

    public static PostgresTarget Parse(string url, Func<string, string?> getEnvironment)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(getEnvironment);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsUrl(url) || uri.Host.Length == 0)
        {
            throw new StoreException(StoreFailure.BadLocation, $"the store URL {Redact(url)} is not of the form postgresql://USER@HOST[:PORT]/DATABASE");
        }

        var userInfo = uri.UserInfo;
        if (userInfo.Contains(':', StringComparison.Ordinal))
        {
            throw new StoreException(StoreFailure.BadLocation, $"the store URL {Redact(url)} holds a password; remove it and set PGPASSWORD or a ~/.pgpass line instead");
        }

        var user = userInfo.Length > 0 ? Uri.UnescapeDataString(userInfo) : getEnvironment("PGUSER") ?? Environment.UserName;
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var target = new PostgresTarget
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port,
            Database = database.Length > 0 ? database : user,
            User = user,
        };
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.IndexOf('=', StringComparison.Ordinal) is var eq and >= 0
                ? (pair[..eq], Uri.UnescapeDataString(pair[(eq + 1)..]))
                : (pair, "");
            target = key switch
            {
                "password" => throw new StoreException(StoreFailure.BadLocation, $"the store URL {Redact(url)} holds a password; remove it and set PGPASSWORD or a ~/.pgpass line instead"),
                "sslmode" => target with { SslMode = value },
                "connect_timeout" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) => target with { ConnectTimeoutSeconds = seconds },
                _ => throw new StoreException(StoreFailure.BadLocation, $"the store URL {target.Location} has an unknown parameter '{key}' (known: sslmode, connect_timeout)"),
            };
        }

        return target;
    }

    /// <summary>The password from PGPASSWORD, else the first matching pgpass line, else null.</summary>
    public string? FindPassword(Func<string, string?> getEnvironment)
    {
        ArgumentNullException.ThrowIfNull(getEnvironment);
        if (getEnvironment("PGPASSWORD") is { Length: > 0 } password)
        {
            return password;
        }

        var file = PgPassFile.DefaultPath(getEnvironment);
        if (file is null || !File.Exists(file))
        {
            return null;
        }

        // libpq ignores a password file that is not a plain file; reading a FIFO would wait for a writer for ever.
        if (Calibrate.Platform.Files.AtomicFile.NonRegularKind(file) is { } kind)
        {
            throw new StoreException(StoreFailure.BadLocation, $"the password file {file} is {kind}, not a regular file; give a private file (chmod 0600) or use PGPASSWORD");
        }

        // libpq ignores a password file that group or others can read (libpq-pgpass: "the permissions on .pgpass must
        // disallow any access to world or group"); reading it anyway would make a leaked password look fine.
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(file) & PgPassFile.GroupOrOther) != 0)
        {
            throw new StoreException(StoreFailure.BadLocation, $"the password file {file} can be read by group or others; make it private (chmod 0600) or use PGPASSWORD");
        }

        return PgPassFile.Find(File.ReadAllText(file), Host, Port, Database, User);
    }

    public NpgsqlConnectionStringBuilder ConnectionString(string? password)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = Host,
            Port = Port,
            Database = Database,
            Username = User,
            Password = password,
            ApplicationName = "calibrate",
            Timeout = ConnectTimeoutSeconds ?? 10,
            CommandTimeout = 300,
            // The password is ours to keep: Npgsql must not show it back in ConnectionString.
            PersistSecurityInfo = false,
        };
        if (SslMode is { } mode)
        {
            builder.SslMode = Enum.TryParse<SslMode>(mode.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
                ? parsed
                : throw new StoreException(StoreFailure.BadLocation, $"the store URL {Location} has an unknown sslmode '{mode}'");
        }

        return builder;
    }

    /// <summary>
    /// The one redaction of a store URL, for everything shown or written (messages, --json, dry runs, job scripts,
    /// campaign records, config check, boot's journal): the password of a user:password@ part and the value of a
    /// `password=` query parameter (libpq's keyword) become `***`.
    /// </summary>
    public static string Redact(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var masked = PasswordParameter().Replace(url, "$1***");
        var scheme = masked.IndexOf("://", StringComparison.Ordinal);
        var at = masked.LastIndexOf('@');
        if (scheme < 0 || at < scheme)
        {
            return masked;
        }

        var userInfo = masked[(scheme + 3)..at];
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? masked : string.Concat(masked.AsSpan(0, scheme + 3), userInfo.AsSpan(0, colon), ":***", masked.AsSpan(at));
    }

    /// <summary>Whether the URL carries a password (user:password@ or a password= parameter): one a job or record must not get.</summary>
    public static bool HoldsPassword(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Redact(url) != url;
    }

    [GeneratedRegex("([?&]password=)[^&#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordParameter();
}

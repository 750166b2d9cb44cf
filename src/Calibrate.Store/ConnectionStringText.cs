using System.Text.RegularExpressions;
using Calibrate.Store.Postgres;

namespace Calibrate.Store;

/// <summary>
/// A store argument written as a key=value connection string, Npgsql's (`Host=db;Username=cal;Password=...`) or libpq's
/// (`host=db user=cal password=...`). Calibrate takes a SQLite file path or a postgresql:// URL only; such a string was
/// taken for a SQLite path, so a database file was created under a name holding the password and every message showing
/// the store showed it (issue 15, secrets). It is refused, and shown only with its password masked.
/// </summary>
public static partial class ConnectionStringText
{
    public const string Refusal =
        "the store is a key=value connection string; give a SQLite file path or postgresql://USER@HOST[:PORT]/DATABASE, with the password in PGPASSWORD or ~/.pgpass";

    /// <summary>Whether <paramref name="text"/> reads as a connection string rather than a path or a URL.</summary>
    public static bool IsLike(string? text) =>
        text is not null && !PostgresTarget.IsUrl(text.Trim()) && (LeadingKeyword().IsMatch(text) || PasswordKey().IsMatch(text) || Pairs().IsMatch(text));

    /// <summary>The text with every password value (to the next `;` or the end) masked as `***`.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PasswordKey().Replace(text, "$1***");
    }

    public static StoreException Refuse() => new(StoreFailure.BadLocation, Refusal);

    /// <summary>A password key at the start, after `;` or after a blank, and its value up to the next `;`.</summary>
    [GeneratedRegex(@"((?:^|[;\s])\s*(?:password|pwd)\s*=)[^;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordKey();

    /// <summary>libpq's and Npgsql's keywords that begin a connection string (a path does not start with `host=`).</summary>
    [GeneratedRegex(@"^\s*(?:host|hostaddr|server|port|dbname|database|user|username|user id|uid)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingKeyword();

    /// <summary>`Key=value;`: a key of letters and blanks (no `/`, so no path), a value, a semicolon.</summary>
    [GeneratedRegex(@"^\s*[A-Za-z][A-Za-z ]*=[^;/]*;", RegexOptions.CultureInvariant)]
    private static partial Regex Pairs();
}

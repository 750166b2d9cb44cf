namespace Calibrate.Store.Postgres;

/// <summary>
/// libpq's password file (https://www.postgresql.org/docs/current/libpq-pgpass.html): lines of
/// hostname:port:database:username:password, '*' matching anything, '\' escaping ':' and '\'; the first match wins.
/// </summary>
public static class PgPassFile
{
    /// <summary>The mode bits that make a password file unusable: any access by group or others.</summary>
    public const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The password for the connection, or null when no line matches.</summary>
    public static string? Find(string text, string host, int port, string database, string user)
    {
        ArgumentNullException.ThrowIfNull(text);
        var portText = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var fields = SplitFields(trimmed);
            if (fields.Count == 5 && Matches(fields[0], host) && Matches(fields[1], portText) && Matches(fields[2], database) && Matches(fields[3], user))
            {
                return fields[4];
            }
        }

        return null;
    }

    /// <summary>$PGPASSFILE, else ~/.pgpass, as libpq looks for it.</summary>
    public static string? DefaultPath(Func<string, string?> getEnvironment)
    {
        ArgumentNullException.ThrowIfNull(getEnvironment);
        if (getEnvironment("PGPASSFILE") is { Length: > 0 } file)
        {
            return file;
        }

        return getEnvironment("HOME") is { Length: > 0 } home ? Path.Combine(home, ".pgpass") : null;
    }

    private static bool Matches(string pattern, string value) => pattern == "*" || pattern == value;

    private static List<string> SplitFields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length)
            {
                current.Append(line[++i]);
            }
            else if (c == ':' && fields.Count < 4)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}

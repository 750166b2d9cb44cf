using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Calibrate.Core.Json;

/// <summary>
/// A JSON error as one plain sentence for people: System.Text.Json's messages name .NET types
/// ("could not be converted to System.Int32", "on type 'Calibrate.Core.Results.RunResult'"); this keeps what is wrong
/// and where (the JSON path and line), without them.
/// </summary>
public static partial class JsonErrorText
{
    public static string Plain(JsonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = Details().Replace(error.Message, "");
        message = TypeNames().Replace(message, "");
        message = DotNetType().Replace(message, "the expected type");
        message = Whitespace().Replace(message, " ").Trim().TrimEnd('.');
        var where = error.Path is { Length: > 0 } path
            ? string.Create(CultureInfo.InvariantCulture, $" at {path}{(error.LineNumber is { } line ? $" (line {line + 1})" : "")}")
            : "";
        return message + where;
    }

    [GeneratedRegex(@"\s*Path: .*$", RegexOptions.Singleline)]
    private static partial Regex Details();

    [GeneratedRegex(@"\s*(for|on|of) type '[^']*'")]
    private static partial Regex TypeNames();

    [GeneratedRegex(@"'?System\.[A-Za-z0-9_.`\[\], ]+'?")]
    private static partial Regex DotNetType();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Globalization;
using System.Text;

namespace Calibrate.Core.Text;

/// <summary>
/// Text that came from outside (a file, a host name, another program's output) shown in a message: quoted, with control
/// characters (newlines, terminal escape sequences) written as escapes, and cut to <see cref="MaxShown"/> characters,
/// so that one message stays one line of a readable length whatever the input held.
/// </summary>
public static class UntrustedText
{
    /// <summary>Enough for a path, a host name or a sentence of an error; a 10 MB line is not a message.</summary>
    public const int MaxShown = 200;

    /// <summary>The text in single quotes, escaped and cut (`'wn\nSTART = False'`).</summary>
    public static string Quote(string? text) => "'" + Escape(text) + "'";

    /// <summary>The longest message line shown: a few untrusted values of <see cref="MaxShown"/> and their sentence.</summary>
    public const int MaxLine = 1000;

    /// <summary>
    /// A whole message made one line for a terminal or a journal: control and format characters escaped (quotes and
    /// backslashes kept as they are: the message's own), cut to <see cref="MaxLine"/>. The last guard before stderr.
    /// </summary>
    public static string Line(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Length <= MaxLine && !message.Any(NeedsEscape))
        {
            return message;
        }

        var builder = new StringBuilder(Math.Min(message.Length, MaxLine) + 32);
        foreach (var c in message.Length > MaxLine ? message[..MaxLine] : message)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when NeedsEscape(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }

        if (message.Length > MaxLine)
        {
            builder.Append(CultureInfo.InvariantCulture, $"... ({message.Length - MaxLine} more characters)");
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>The text escaped and cut, without quotes (for the end of a message: another program's error).</summary>
    public static string Escape(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var cut = text.Length > MaxShown && char.IsHighSurrogate(text[MaxShown - 1]) ? MaxShown - 1 : MaxShown;
        var shown = text.Length > MaxShown ? text[..cut] : text;
        var builder = new StringBuilder(shown.Length + 16);
        foreach (var c in shown)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                '\\' => builder.Append("\\\\"),
                '\'' => builder.Append("\\'"),
                _ when NeedsEscape(c) =>
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }

        if (text.Length > MaxShown)
        {
            builder.Append(CultureInfo.InvariantCulture, $"... ({text.Length - cut} more characters)");
        }

        return builder.ToString();
    }
}

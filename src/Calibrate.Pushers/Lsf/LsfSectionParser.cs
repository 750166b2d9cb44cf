using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// Finds sections and splits their rows into fields the way LIM reads them (OpenLava/volclava lim.conf.c, the
/// open-source descendant of LSF's reader): whitespace separates fields, a parenthesised list or a quoted string is one
/// field even with spaces inside, `#` starts a comment, and a backslash at the end of a line continues the row.
/// </summary>
public static class LsfSectionParser
{
    /// <summary>The section, or null when the file has none; throws <see cref="PushConfigException"/> when it is unterminated.</summary>
    public static LsfSection? Find(LsfText text, string name, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var line = 0; line < text.Count; line++)
        {
            if (!IsMarker(text.Content(line), "Begin", name))
            {
                continue;
            }

            var rows = new List<LsfRow>();
            var current = line + 1;
            while (current < text.Count && !IsMarker(text.Content(current), "End", name))
            {
                if (IsMarker(text.Content(current), "Begin", null))
                {
                    break;
                }

                var row = ReadRow(text, ref current, file);
                if (row.Tokens.Count > 0)
                {
                    rows.Add(row);
                }
            }

            if (current >= text.Count || !IsMarker(text.Content(current), "End", name))
            {
                throw new PushConfigException($"{file}:{line + 1}: `Begin {name}` has no `End {name}`");
            }

            if (rows.Count == 0)
            {
                throw new PushConfigException($"{file}:{line + 1}: the {name} section has no column keyword line");
            }

            return new LsfSection(name, line, current, rows[0], rows.Skip(1).ToList());
        }

        return null;
    }

    private static bool IsMarker(string content, string keyword, string? name)
    {
        var words = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && !words[0].StartsWith('#')
            && string.Equals(words[0], keyword, StringComparison.OrdinalIgnoreCase)
            && (name is null || string.Equals(words[1], name, StringComparison.OrdinalIgnoreCase));
    }

    private static LsfRow ReadRow(LsfText text, ref int line, string file)
    {
        var tokens = new List<LsfToken>();
        var first = line;
        var inList = false;
        while (true)
        {
            var content = text.Content(line);
            var continues = Tokenize(content, line, tokens, file, ref inList);
            line++;
            if (!continues || line >= text.Count)
            {
                return new LsfRow(first, line - 1, tokens);
            }
        }
    }

    /// <summary>Adds the fields of one physical line; true when it ends with a continuation backslash.</summary>
    private static bool Tokenize(string content, int line, List<LsfToken> tokens, string file, ref bool inList)
    {
        var i = 0;
        if (inList)
        {
            // The rest of a parenthesised list continued from the line before: part of that field.
            var end = content.IndexOf(')', StringComparison.Ordinal);
            if (end < 0)
            {
                return EndsWithBackslash(content) ? true : throw new PushConfigException($"{file}:{line + 1}: `(` is not closed");
            }

            inList = false;
            i = end + 1;
        }

        while (i < content.Length)
        {
            var c = content[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '#')
            {
                return false;
            }

            if (c == '\\' && content[(i + 1)..].Trim().Length == 0)
            {
                return true;
            }

            var start = i;
            if (c is '(' or '"' or '\'')
            {
                var close = content.IndexOf(c == '(' ? ')' : c, i + 1);
                if (close < 0 && c == '(' && EndsWithBackslash(content))
                {
                    tokens.Add(new LsfToken(content[start..content.LastIndexOf('\\')].TrimEnd(), line, start));
                    inList = true;
                    return true;
                }

                if (close < 0)
                {
                    throw new PushConfigException($"{file}:{line + 1}: `{c}` is not closed on the same line");
                }

                i = close + 1;
            }
            else
            {
                while (i < content.Length && !char.IsWhiteSpace(content[i]) && content[i] is not '(' and not '#')
                {
                    i++;
                }
            }

            tokens.Add(new LsfToken(content[start..i], line, start));
        }

        return false;
    }

    private static bool EndsWithBackslash(string content) => content.TrimEnd().EndsWith('\\');
}

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// An LSF configuration file as physical lines, each with its own line ending, so that joining them gives back the
/// file byte for byte. Edits replace a span within one line or insert whole lines; everything else is untouched.
/// </summary>
public sealed class LsfText
{
    private readonly List<string> _lines;

    public LsfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _lines = [];
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            _lines.Add(text[start..end]);
            start = end;
        }
    }

    public int Count => _lines.Count;

    /// <summary>The line without its ending ("\n" or "\r\n").</summary>
    public string Content(int line) => _lines[line].TrimEnd('\n').TrimEnd('\r');

    public string Ending(int line) => _lines[line][Content(line).Length..];

    public void Replace(int line, int start, int length, string replacement)
    {
        var content = Content(line);
        _lines[line] = content[..start] + replacement + content[(start + length)..] + Ending(line);
    }

    public void Remove(int line) => _lines.RemoveAt(line);

    /// <summary>Inserts a line before <paramref name="line"/>, with the file's own line ending style.</summary>
    public void Insert(int line, string content)
    {
        var ending = _lines.Count > 0 && _lines[0].EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        _lines.Insert(line, content + ending);
    }

    /// <summary>Appends a line, first ending a last line that lacks its newline.</summary>
    public void Append(string content)
    {
        if (_lines.Count > 0 && Ending(_lines.Count - 1).Length == 0)
        {
            _lines[^1] += "\n";
        }

        _lines.Add(content + "\n");
    }

    public override string ToString() => string.Concat(_lines);
}

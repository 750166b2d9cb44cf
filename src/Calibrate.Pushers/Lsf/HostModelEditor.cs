using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// Reconciles the HostModel section of lsf.shared (lsf.shared.5: keyword line `MODELNAME CPUFACTOR ARCHITECTURE`, one
/// model per line) with the factor buckets a batch of nodes needs. It edits only HS06_ model lines it owns: a factor
/// that drifted is corrected, a missing model is added before `End HostModel` (aligned to the keyword columns), a
/// dynamic host's architecture string is moved into its bucket's ARCHITECTURE list. Site models are never touched, and
/// HS06_ models no node of this batch needs are kept (another cluster sharing lsf.shared, or a node not in this
/// batch, may still use them).
/// </summary>
public sealed class HostModelEditor
{
    private readonly LsfText _text;
    private readonly string _file;
    private readonly LsfSection _section;
    private readonly int _nameColumn;
    private readonly int _factorColumn;
    private readonly int _archColumn;

    public HostModelEditor(LsfText text, string file)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
        _file = file;
        _section = LsfSectionParser.Find(text, "HostModel", file)
            ?? throw new PushConfigException($"{file} has no HostModel section (lsf.shared.5: it is required)");
        _nameColumn = _section.Column("MODELNAME");
        _factorColumn = _section.Column("CPUFACTOR");
        _archColumn = _section.Column("ARCHITECTURE");
        if (_nameColumn < 0 || _factorColumn < 0 || _archColumn < 0)
        {
            throw new PushConfigException(
                $"{file}:{_section.Header.FirstLine + 1}: the HostModel keyword line must name MODELNAME, CPUFACTOR and ARCHITECTURE, found `{string.Join(' ', _section.Header.Tokens.Select(t => t.Text))}`");
        }

        foreach (var row in _section.Rows)
        {
            if (row.Tokens.Count <= Math.Max(_nameColumn, _factorColumn))
            {
                throw new PushConfigException($"{file}:{row.FirstLine + 1}: a HostModel line needs a model name and a CPU factor");
            }

            if (!PlainNumber.TryParse(row.Tokens[_factorColumn].Text, out var factor) || factor <= 0)
            {
                throw new PushConfigException($"{file}:{row.FirstLine + 1}: CPU factor `{row.Tokens[_factorColumn].Text}` of model {row.Tokens[_nameColumn].Text} is not a positive number");
            }
        }
    }

    public int ModelCount => CurrentRows().Count;

    public bool HasModel(string name) => CurrentRows().Any(r => string.Equals(r.Tokens[_nameColumn].Text, name, StringComparison.Ordinal));

    /// <summary>Ensures model <paramref name="name"/> exists with <paramref name="factorText"/>; returns what changed, or null.</summary>
    public string? EnsureModel(string name, string factorText)
    {
        var row = FindRow(name);
        if (row is null)
        {
            InsertRow(name, factorText);
            return $"add host model {name} with CPU factor {factorText}";
        }

        var token = row.Tokens[_factorColumn];
        if (PlainNumber.TryParse(token.Text, out var current) && PlainNumber.TryParse(factorText, out var wanted) && Math.Abs(current - wanted) < 1e-9)
        {
            return null;
        }

        _text.Replace(token.Line, token.Start, token.Length, factorText);
        return $"set host model {name} CPU factor {token.Text} -> {factorText}";
    }

    /// <summary>Puts an architecture string in exactly one HS06_ model's list: <paramref name="model"/>'s.</summary>
    public IReadOnlyList<string> AssignArchitecture(string architecture, string model)
    {
        var changes = new List<string>();
        foreach (var row in CurrentRows())
        {
            var name = row.Tokens[_nameColumn].Text;
            var list = Architectures(row);
            var owned = name.StartsWith(LsfNames.ModelPrefix, StringComparison.Ordinal);
            var has = list.Contains(architecture, StringComparer.Ordinal);
            if (name == model && !has)
            {
                SetArchitectures(row, [.. list, architecture]);
                changes.Add($"match architecture {architecture} to {model}");
            }
            else if (name != model && has && owned)
            {
                SetArchitectures(row, list.Where(a => a != architecture).ToList());
                changes.Add($"remove architecture {architecture} from {name}");
            }
            else if (name != model && has)
            {
                changes.Add($"warning: site model {name} also lists architecture {architecture}; LIM may match it first");
            }
        }

        return changes;
    }

    private List<LsfRow> CurrentRows() =>
        (LsfSectionParser.Find(_text, "HostModel", _file) ?? _section).Rows.ToList();

    private LsfRow? FindRow(string name) =>
        CurrentRows().FirstOrDefault(r => string.Equals(r.Tokens[_nameColumn].Text, name, StringComparison.Ordinal));

    private static List<string> Architectures(LsfRow row) =>
        row.Tokens.FirstOrDefault(t => t.Text.StartsWith('(')) is { } list
            ? list.Text.Trim('(', ')').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList()
            : [];

    private void SetArchitectures(LsfRow row, IReadOnlyList<string> architectures)
    {
        var text = "(" + string.Join(' ', architectures) + ")";
        if (row.Tokens.FirstOrDefault(t => t.Text.StartsWith('(')) is { } list)
        {
            _text.Replace(list.Line, list.Start, list.Length, text);
        }
        else
        {
            var last = row.Tokens[^1];
            _text.Replace(last.Line, last.Start + last.Length, 0, " " + text);
        }
    }

    private void InsertRow(string name, string factorText)
    {
        var header = _section.Header.Tokens;
        var end = (LsfSectionParser.Find(_text, "HostModel", _file) ?? _section).EndLine;
        var nameStart = header[_nameColumn].Start;
        var line = new string(' ', nameStart)
            + Pad(name, header[_factorColumn].Start - nameStart)
            + Pad(factorText, header[_archColumn].Start - header[_factorColumn].Start)
            + "()";
        _text.Insert(end, line);
    }

    private static string Pad(string text, int width) => text.Length < width ? text.PadRight(width) : text + " ";
}

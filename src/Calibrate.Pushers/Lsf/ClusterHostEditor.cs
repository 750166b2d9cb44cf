using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// Sets the `model` column of static hosts in the Host section of lsf.cluster.&lt;name&gt; (lsf.cluster.5: "The name
/// must be defined in the HostModel section of lsf.shared. This determines the CPU speed scaling factor"). Only that
/// field changes; a `!` (auto-detect) model is replaced by the measured one. Hosts are matched case-insensitively by
/// full name, or by short name when one side is fully qualified.
/// </summary>
public sealed class ClusterHostEditor
{
    private readonly LsfText _text;
    private readonly LsfSection _section;
    private readonly int _hostColumn;
    private readonly int _modelColumn;

    public ClusterHostEditor(LsfText text, string file)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
        _section = LsfSectionParser.Find(text, "Host", file)
            ?? throw new PushConfigException($"{file} has no Host section (lsf.cluster.5: it is required)");
        _hostColumn = _section.Column("HOSTNAME");
        _modelColumn = _section.Column("model");
        if (_hostColumn < 0 || _modelColumn < 0)
        {
            throw new PushConfigException($"{file}:{_section.Header.FirstLine + 1}: the Host keyword line must name HOSTNAME and model");
        }
    }

    /// <summary>The host's model as configured, or null when the host is not a static host of this cluster.</summary>
    public string? ModelOf(string host) => Find(host)?.Tokens[_modelColumn].Text;

    public bool IsStatic(string host) => Find(host) is not null;

    /// <summary>Sets the model; returns what changed, or null when it already was.</summary>
    public string? SetModel(string host, string model)
    {
        var row = Find(host) ?? throw new InvalidOperationException($"{host} is not a static host");
        var token = row.Tokens[_modelColumn];
        if (token.Text == model)
        {
            return null;
        }

        _text.Replace(token.Line, token.Start, token.Length, model);
        return $"set host {row.Tokens[_hostColumn].Text} model {token.Text} -> {model}";
    }

    private LsfRow? Find(string host) =>
        _section.Rows.FirstOrDefault(r => r.Tokens.Count > Math.Max(_hostColumn, _modelColumn) && SameHost(r.Tokens[_hostColumn].Text, host));

    /// <summary>The same host: equal names (any case), or equal short names when one of the two is fully qualified.</summary>
    internal static bool SameHost(string configured, string host) =>
        string.Equals(configured, host, StringComparison.OrdinalIgnoreCase)
        || ((configured.Contains('.', StringComparison.Ordinal) ^ host.Contains('.', StringComparison.Ordinal))
            && string.Equals(configured.Split('.')[0], host.Split('.')[0], StringComparison.OrdinalIgnoreCase));
}

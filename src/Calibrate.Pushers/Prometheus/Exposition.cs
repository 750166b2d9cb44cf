using System.Text;

namespace Calibrate.Pushers.Prometheus;

/// <summary>
/// Prometheus' text exposition format, version 0.0.4 (prometheus.io/docs/instrumenting/exposition_formats): per metric
/// family a `# HELP` and a `# TYPE` line, then its samples, `name{label="value",...} number`. No timestamps: node_exporter's
/// textfile collector refuses a file whose samples carry one. Label values escape backslash, double quote and line feed
/// (`\\`, `\"`, `\n`); HELP text escapes backslash and line feed.
/// </summary>
public sealed class Exposition
{
    private readonly StringBuilder _text = new();

    /// <summary>A comment line, ignored by every reader.</summary>
    public Exposition Comment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text.Append("# ").Append(text.ReplaceLineEndings(" ")).Append('\n');
        return this;
    }

    /// <summary>A gauge family with one sample; <paramref name="value"/> is already formatted (invariant, plain).</summary>
    public Exposition Gauge(string name, string help, string value, params (string Name, string Value)[] labels)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(help);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(labels);
        _text.Append("# HELP ").Append(name).Append(' ').Append(EscapeHelp(help)).Append('\n');
        _text.Append("# TYPE ").Append(name).Append(" gauge\n");
        _text.Append(name);
        if (labels.Length > 0)
        {
            _text.Append('{').AppendJoin(',', labels.OrderBy(l => l.Name, StringComparer.Ordinal).Select(l => $"{l.Name}=\"{EscapeLabelValue(l.Value)}\"")).Append('}');
        }

        _text.Append(' ').Append(value).Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();

    public static string EscapeLabelValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
    }

    public static string EscapeHelp(string help)
    {
        ArgumentNullException.ThrowIfNull(help);
        return help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
    }
}

using YamlDotNet.RepresentationModel;

namespace Calibrate.Node.Configuration;

/// <summary>
/// One mapping of the file, read strictly: each value is taken by key and type, and whatever key nobody took is an
/// error naming its full path and line ("unknown key 'pushers.mjf.directroy'"), so a typo never silently means a
/// default. A bad value is an error too; the getter then returns null and the default stands.
/// </summary>
internal sealed class ConfigSection
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly ConfigErrors _errors;
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public ConfigSection(YamlMappingNode node, string path, ConfigErrors errors)
    {
        _node = node;
        _path = path;
        _errors = errors;
    }

    public bool Has(string key) => Find(key) is not null;

    public string? Text(string key) => Scalar(key) is { } s && !IsNull(s) ? s.Value : null;

    /// <summary>A text value that <paramref name="problem"/> accepts (returns null); else an error on its line, the value not shown (it may be a secret).</summary>
    public string? Checked(string key, Func<string, string?> problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (Scalar(key) is not { } scalar || IsNull(scalar))
        {
            return null;
        }

        if (problem(scalar.Value!) is { } why)
        {
            _errors.Add(scalar.Start, $"'{Join(key)}' {why}");
            return null;
        }

        return scalar.Value;
    }

    public bool? Flag(string key) => Parse(key, "true or false", text => bool.TryParse(text, out var b) ? b : (bool?)null);

    public int? Integer(string key) => Parse(key, "a whole number such as 8", text =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i) && i > 0 ? i : (int?)null);

    public double? Number(string key) => Parse(key, "a positive number such as 11.5", text =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && d > 0 ? d : (double?)null);

    public TimeSpan? Duration(string key) => Parse(key, "a duration such as 60s or 5m", text =>
        ValueParsers.TryParseDuration(text, out var t) ? t : (TimeSpan?)null);

    public double? Fraction(string key) => Parse(key, "a percentage such as 1%", text =>
        ValueParsers.TryParseFraction(text, out var f) ? f : (double?)null);

    /// <summary>An enum value by its lower-case name (`qmgr: property`).</summary>
    public TEnum? Choice<TEnum>(string key)
        where TEnum : struct, Enum =>
        Parse(key, string.Join(", ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant())), text =>
            Enum.GetNames<TEnum>().Contains(text, StringComparer.OrdinalIgnoreCase) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var v) ? v : (TEnum?)null);

    /// <summary>A nested mapping; an empty value (`mjf:`) is an empty section, so the key alone enables defaults.</summary>
    public ConfigSection? Section(string key)
    {
        var value = Find(key);
        switch (value)
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return new ConfigSection(mapping, Join(key), _errors);
            case YamlScalarNode scalar when IsNull(scalar):
                return new ConfigSection(new YamlMappingNode(), Join(key), _errors);
            default:
                _errors.Add(value.Start, $"'{Join(key)}' must be a mapping of keys to values");
                return null;
        }
    }

    /// <summary>Reports every key no getter asked for; call after reading the section.</summary>
    public void RejectUnknown()
    {
        foreach (var (key, _) in _node.Children)
        {
            var name = key is YamlScalarNode s ? s.Value ?? "" : key.ToString();
            if (!_taken.Contains(name))
            {
                var hint = Suggestion.Closest(name, _taken) is { } near ? $" (did you mean '{near}'?)" : "";
                _errors.Add(key.Start, $"unknown key '{Join(name)}'{hint}");
            }
        }
    }

    private YamlNode? Find(string key)
    {
        _taken.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    private YamlScalarNode? Scalar(string key)
    {
        var value = Find(key);
        if (value is null or YamlScalarNode)
        {
            return (YamlScalarNode?)value;
        }

        _errors.Add(value.Start, $"'{Join(key)}' must be a single value");
        return null;
    }

    private T? Parse<T>(string key, string expected, Func<string, T?> parse)
        where T : struct
    {
        if (Scalar(key) is not { } scalar || IsNull(scalar))
        {
            return null;
        }

        if (parse(scalar.Value!.Trim()) is { } value)
        {
            return value;
        }

        _errors.Add(scalar.Start, $"'{Join(key)}' is {Calibrate.Core.Text.UntrustedText.Quote(scalar.Value)}, not {expected}");
        return null;
    }

    private string Join(string key) => _path.Length == 0 ? key : _path + "." + key;

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";
}

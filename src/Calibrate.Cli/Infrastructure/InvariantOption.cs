using System.CommandLine;
using System.Globalization;

namespace Calibrate.Cli.Infrastructure;

/// <summary>
/// Decimal options parsed in the invariant culture. System.CommandLine parses with the current culture, so under
/// de-DE "0.05" would read as 5: a site's scripts must mean the same number on every node.
/// </summary>
public static class InvariantOption
{
    public static Option<double> Number(string name, string description, double defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                return value;
            }

            result.AddError($"{name} '{text}' is not a number such as 0.5");
            return defaultValue;
        },
    };

    /// <summary>An optional positive number given as text ("11.5"), invariant; null when the option was not given.</summary>
    public static double? ParsePositive(string name, string? text, string example = "11.5")
    {
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value > 0
            ? value
            : throw CliException.Usage($"{name} must be a positive number such as {example}, not '{text}'");
    }
}

using System.Globalization;

namespace Calibrate.Cli.Tests.Statistics;

/// <summary>Runs a piece of a test under a named formatting culture ("" is the invariant one), as HelpTests does; the UI language is left alone.</summary>
internal static class Cultures
{
    public static T Under<T>(string name, Func<T> action)
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}

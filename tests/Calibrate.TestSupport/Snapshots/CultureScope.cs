using System.Globalization;

namespace Calibrate.TestSupport.Snapshots;

/// <summary>
/// Sets the formatting culture (CurrentCulture; "" is the invariant one) for a block and restores it. The UI language
/// is left alone: it picks a library's translations (System.CommandLine's "Usage:"), not how numbers are written.
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

    public CultureScope(string name) => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);

    public static T Run<T>(string name, Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var scope = new CultureScope(name);
        return action();
    }

    public void Dispose() => CultureInfo.CurrentCulture = _previous;
}

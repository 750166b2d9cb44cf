using Calibrate.Reports.Layout;

namespace Calibrate.Reports.Tests.Layout;

/// <summary>A font stand-in for the pure layout tests: every character 0.6 em wide, lines 1.2 em high.</summary>
public sealed class FixedWidthMeasure : TextMeasure
{
    public override double Width(string text, double fontSize) => text.Length * fontSize * 0.6;

    public override double Height(double fontSize) => fontSize * 1.2;
}

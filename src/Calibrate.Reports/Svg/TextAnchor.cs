namespace Calibrate.Reports.Svg;

/// <summary>SVG text-anchor: where along its length a text is attached to its position.</summary>
public enum TextAnchor
{
    Start,
    Middle,
    End,
}

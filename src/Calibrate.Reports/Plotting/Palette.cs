namespace Calibrate.Reports.Plotting;

/// <summary>
/// The Okabe-Ito palette: eight colours distinguishable with the common forms of colour-vision deficiency
/// (protanopia, deuteranopia, tritanopia), so a review meeting's colour-blind admin reads the same chart as everyone.
/// </summary>
/// <remarks>
/// Okabe, M. and Ito, K. (2008). "Color Universal Design (CUD): How to make figures and presentations that are friendly
/// to colorblind people". J*Fly, https://jfly.uni-koeln.de/color/ (first published 2002). Also Wong, B. (2011),
/// "Points of view: Color blindness", Nature Methods 8, 441, doi:10.1038/nmeth.1618.
/// </remarks>
public static class Palette
{
    public const string Black = "#000000";
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string BluishGreen = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string ReddishPurple = "#CC79A7";

    /// <summary>Neutral grey for axes, grid and reference lines: not a data colour.</summary>
    public const string Grey = "#6E6E6E";

    /// <summary>
    /// Series colours in order of use. Yellow comes last and black is left out: yellow has too little contrast on
    /// white for thin lines, and black is kept for text and the baseline.
    /// </summary>
    public static IReadOnlyList<string> Series { get; } =
        [Blue, Orange, BluishGreen, Vermillion, ReddishPurple, SkyBlue, Yellow];

    public static IReadOnlyList<Marker> Markers { get; } = [Marker.Circle, Marker.Square, Marker.Triangle, Marker.Diamond];

    /// <summary>The i-th series colour, cycling.</summary>
    public static string ForSeries(int index) => Series[((index % Series.Count) + Series.Count) % Series.Count];

    public static Marker MarkerFor(int index) => Markers[((index % Markers.Count) + Markers.Count) % Markers.Count];
}

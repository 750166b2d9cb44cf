using ScottPlot;
using SkiaSharp;

namespace Calibrate.Reports.Rendering;

/// <summary>
/// The one font every chart is drawn with: DejaVu Sans, loaded from its file and registered with ScottPlot by name.
/// Chosen, not looked up by family, so that text metrics, and with them label positions and the snapshot tests, are the
/// same on every machine; DejaVu Sans because Debian (fonts-dejavu-core) and EL (dejavu-sans-fonts) both package it and
/// it covers every character a host name or label may hold. Where the font is searched is this object (the seam the
/// tests point at an empty directory); a missing or unreadable font file is a <see cref="NoUsableFontException"/> when
/// the first chart is drawn, never a chart without text.
/// </summary>
public sealed class ChartFont(IReadOnlyList<string> directories)
{
    public const string Family = "DejaVu Sans";

    public const string RegularFile = "DejaVuSans.ttf", BoldFile = "DejaVuSans-Bold.ttf";

    /// <summary>Debian and Ubuntu (fonts-dejavu-core), EL 8 and 9 (dejavu-sans-fonts), EL 7: searched in this order.</summary>
    public static IReadOnlyList<string> SystemDirectories { get; } =
        ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu-sans-fonts", "/usr/share/fonts/dejavu"];

    public static ChartFont System { get; } = new(SystemDirectories);

    /// <summary>Every glyph the charts need: digits, letters, the punctuation of numbers, units and ranges, the ellipsis.</summary>
    private const string Probe = "0123456789 ABCXYZabcxyz.,:;%+-()[]/\u2026";

    private static readonly Lock Gate = new();
    private static string? registered;

    private (string Regular, string? Bold)? found;

    public IReadOnlyList<string> Directories { get; } = directories ?? throw new ArgumentNullException(nameof(directories));

    /// <summary>The regular and (where installed beside it) bold face from the first directory with a usable regular face.</summary>
    public (string Regular, string? Bold) Find()
    {
        lock (Gate)
        {
            return found ??= Search();
        }
    }

    /// <summary>Makes this font ScottPlot's default for every plot drawn from now on (a process-wide setting).</summary>
    public void Register()
    {
        var (regular, bold) = Find();
        lock (Gate)
        {
            if (registered == regular)
            {
                return;
            }

            Fonts.AddFontFile(Family, regular, bold: false, italic: false);
            // Without the bold face, titles are drawn in the regular one rather than in whatever bold the system has.
            Fonts.AddFontFile(Family, bold ?? regular, bold: true, italic: false);
            Fonts.Default = Family;
            registered = regular;
        }
    }

    private (string, string?) Search()
    {
        foreach (var directory in Directories)
        {
            var regular = Path.Combine(directory, RegularFile);
            if (Usable(regular))
            {
                var bold = Path.Combine(directory, BoldFile);
                return (regular, Usable(bold) ? bold : null);
            }
        }

        var expected = Directories.Count > 0 ? Path.Combine(Directories[0], RegularFile) : RegularFile;
        throw new NoUsableFontException($"no usable font: install fonts-dejavu-core ({expected})");
    }

    /// <summary>A file Skia reads as a typeface with every glyph of <see cref="Probe"/>.</summary>
    private static bool Usable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var typeface = SKTypeface.FromFile(path);
        if (typeface is null)
        {
            return false;
        }

        using var font = new SKFont(typeface);
        return font.ContainsGlyphs(Probe);
    }
}

using System.Globalization;
using Calibrate.Core.Factors;
using Calibrate.Core.Text;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;

namespace Calibrate.Pushers.Apel;

/// <summary>
/// `push apel`: sets the APEL client's `manual_specN = CE_ID,HEPscore23,VALUE` (HEPSPEC for a site accounting in HS06)
/// in client.cfg's [spec_updater] section, VALUE being the CE's figure per logical CPU. Other CEs' lines and every other
/// byte are kept.
/// </summary>
/// <remarks>
/// The format, from apel/apel conf/client.cfg: "configure lines like the following named "manual_spec" followed by
/// consecutive integers ... a unique name for the system, then the spec type ... and the spec value", e.g.
/// `manual_spec1 = grid10.uni.ac.uk:1234/grid10.uni.ac.uk-condor,HEPSPEC,10.0`. bin/client.py reads manual_spec1,
/// manual_spec2, ... and stops at the first missing number, splits the value on commas and passes the type through to
/// the database; hence a new line takes the lowest free number, and a CE id may not contain a comma.
/// </remarks>
public static class ApelPlanner
{
    public const string DefaultPath = "/etc/apel/client.cfg";

    public static PushPlan Plan(string path, string ceId, PerCoreFigure figure)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(figure);
        // Printable ASCII only: the file is kept byte for byte (Latin-1), so anything else would be written as other bytes
        // than the CE id APEL's database and the CE's own records hold.
        if (string.IsNullOrWhiteSpace(ceId) || ceId.Contains(',', StringComparison.Ordinal) || ceId.Trim() != ceId || ceId.Any(c => c is < ' ' or > '~'))
        {
            throw new PushConfigException($"{UntrustedText.Quote(ceId)} is not a CE id APEL can read (printable ASCII, no commas, no surrounding spaces)");
        }

        var before = ConfigFile.Read(path);
        var text = new LsfText(before);
        var section = ApelSpecSection.Find(text, path);
        var value = $"{ceId},{figure.Unit.ApelName()},{PlainNumber.Format(figure.Value, PerCoreFigure.Decimals)}";
        var indices = section.Specs.Select(s => s.Index).ToHashSet();
        var ours = section.Specs.Where(s => s.CeId == ceId).ToList();
        string key;
        if (ours.Count == 0)
        {
            var free = FirstFree(indices);
            key = string.Create(CultureInfo.InvariantCulture, $"manual_spec{free}");
            indices.Add(free);
            var at = section.Specs.Count > 0 ? section.Specs.Max(s => s.Line) + 1 : section.InsertAt;
            if (at >= text.Count)
            {
                text.Append($"{key} = {value}");
            }
            else
            {
                text.Insert(at, $"{key} = {value}");
            }
        }
        else
        {
            key = string.Create(CultureInfo.InvariantCulture, $"manual_spec{ours[0].Index}");
            foreach (var line in ours.Where(s => s.Value != value))
            {
                text.Replace(line.Line, line.ValueStart, line.Value.Length, value);
            }
        }

        return new PushPlan
        {
            Target = "apel",
            Subject = $"{key} = {value} in [{ApelSpecSection.Name}] of {path}: {figure.Describe()}",
            Files = [new FileChange(path, before, text.ToString(), FileChange.DefaultMode)],
            Notes = Notes(section, indices, figure),
        };
    }

    private static int FirstFree(HashSet<int> indices)
    {
        var n = 1;
        while (indices.Contains(n))
        {
            n++;
        }

        return n;
    }

    private static List<string> Notes(ApelSpecSection section, HashSet<int> indices, PerCoreFigure figure)
    {
        var notes = new List<string> { "the APEL client applies manual_spec lines at its next run" };
        var gap = FirstFree(indices);
        if (indices.Where(i => i > gap).Order().ToList() is { Count: > 0 } unread)
        {
            notes.Add($"APEL's client stops at the first missing number (manual_spec{gap}) and does not read {string.Join(", ", unread.Select(i => $"manual_spec{i}"))}; renumber them");
        }

        if (section.SiteNameBlank)
        {
            notes.Add($"site_name is not set in [{ApelSpecSection.Name}]: the APEL client refuses manual_spec lines without it");
        }

        if (figure.CarriedNote() is { } carried)
        {
            notes.Add(carried);
        }

        return notes;
    }
}

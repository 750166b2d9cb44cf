using System.Text.Json;
using Calibrate.Node.Hosting;
using Calibrate.Platform.Files;

namespace Calibrate.Node.Fleet;

/// <summary>results/campaigns/ID/: the campaign file, the job scripts and the jobs' output.</summary>
public sealed class CampaignFiles(string root)
{
    private const string FileName = "campaign.json";

    public string Root { get; } = root;

    public string Directory(string id) => Path.Combine(Root, id);

    public void Save(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        System.IO.Directory.CreateDirectory(Directory(campaign.Id));
        AtomicFile.WriteAllText(Path.Combine(Directory(campaign.Id), FileName), JsonSerializer.Serialize(campaign, FleetJsonContext.Default.Campaign) + "\n");
    }

    /// <summary>The campaign with this id, or the newest when <paramref name="id"/> is null.</summary>
    public Campaign Load(string? id)
    {
        var chosen = id ?? Newest() ?? throw new InputException($"no campaigns under {Root}: start one with calibrate fleet submit");
        var path = Path.Combine(Directory(chosen), FileName);
        if (!File.Exists(path))
        {
            throw new InputException($"no campaign {chosen} under {Root}");
        }

        return JsonSerializer.Deserialize(File.ReadAllText(path), FleetJsonContext.Default.Campaign)
            ?? throw new JsonException($"{path} is empty");
    }

    /// <summary>Ids sort by time (yyyyMMdd'T'HHmmss'Z'), so the newest is the last.</summary>
    private string? Newest() =>
        System.IO.Directory.Exists(Root)
            ? System.IO.Directory.EnumerateDirectories(Root)
                .Where(d => File.Exists(Path.Combine(d, FileName)))
                .Select(Path.GetFileName)
                .Order(StringComparer.Ordinal)
                .LastOrDefault()
            : null;
}

using System.Globalization;
using Calibrate.Cli.Infrastructure;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Json;
using Calibrate.Store.Files;

namespace Calibrate.Cli.Calibration;

/// <summary>
/// Where the site's calibration models live: results/models/ (or $CALIBRATE_MODEL_DIR), one immutable file per
/// version (model-v3.json) and current.json pointing at the one in use. Without a site model, estimates use the
/// shipped provisional model and say so.
/// </summary>
public sealed class ModelRepository
{
    private const string CurrentFile = "current.json";

    public ModelRepository(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Directory = context.GetEnvironment("CALIBRATE_MODEL_DIR") is { Length: > 0 } dir
            ? context.ResolvePath(dir)
            : Path.Combine(context.ResultsDirectory, "models");
    }

    public string Directory { get; }

    /// <summary>The site's current model, or the provisional default when none was fitted.</summary>
    public CalibrationModel Current()
    {
        var path = Path.Combine(Directory, CurrentFile);
        if (!File.Exists(path))
        {
            return DefaultModel.Provisional;
        }

        try
        {
            return CalibrationModelJson.Deserialize(File.ReadAllText(path));
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new CliException(ExitCodes.Failed, $"the calibration model {path} is unreadable ({e.Message}); refit with calibrate fit or remove it");
        }
    }

    /// <summary>The next version number: one more than the highest stored.</summary>
    public int NextVersion() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, "model-v*.json")
                .Select(f => int.TryParse(Path.GetFileNameWithoutExtension(f)["model-v".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .DefaultIfEmpty(0)
                .Max() + 1
            : 1;

    /// <summary>Writes the versioned file, then switches current.json to it (each step atomic).</summary>
    public string Save(CalibrationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        System.IO.Directory.CreateDirectory(Directory);
        var json = CalibrationModelJson.Serialize(model) + "\n";
        var versioned = Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"model-v{model.Version}.json"));
        AtomicFile.WriteAllText(versioned, json);
        AtomicFile.WriteAllText(Path.Combine(Directory, CurrentFile), json);
        return versioned;
    }
}

using System.Globalization;
using Calibrate.Core.Factors;
using Calibrate.Node.Hosting;
using Calibrate.Platform.Files;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Json;

namespace Calibrate.Node.Calibration;

/// <summary>
/// Where the site's calibration models live (<see cref="Configuration.Site.ModelDirectory"/>), one immutable file per
/// version (model-v3.json) and current-hs23.json / current-hs06.json holding the one in use for each unit. Without a site model, estimates use the
/// shipped provisional model and say so.
/// </summary>
public sealed class ModelRepository
{
    private const string CurrentFile = "current.json";

    public ModelRepository(string directory) => Directory = directory ?? throw new ArgumentNullException(nameof(directory));

    public string Directory { get; }

    /// <summary>
    /// The site's current model for <paramref name="unit"/> (current-hs23.json, current-hs06.json), else the model of
    /// the one unit fitted before units were recorded (current.json, HS06), else the other unit's (its figures carried
    /// 1:1), else the provisional default (HS23).
    /// </summary>
    public CalibrationModel Current(AccountingUnit unit)
    {
        var other = unit == AccountingUnit.HS23 ? AccountingUnit.HS06 : AccountingUnit.HS23;
        foreach (var name in new[] { CurrentFileOf(unit), CurrentFile, CurrentFileOf(other) })
        {
            var path = Path.Combine(Directory, name);
            if (File.Exists(path))
            {
                return Read(path);
            }
        }

        return DefaultModel.Provisional;
    }

    private static string CurrentFileOf(AccountingUnit unit) => $"current-{unit.Key()}.json";

    private static CalibrationModel Read(string path)
    {
        CalibrationModel model;
        try
        {
            model = CalibrationModelJson.Deserialize(File.ReadAllText(path));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
        {
            throw new OperationFailedException($"the calibration model {path} is unreadable ({e.Message}); refit with calibrate fit or remove it");
        }

        return Usable(model)
            ? model
            : throw new OperationFailedException($"the calibration model {path} is unusable (slope, variances or residual sigma not finite, or the slope not positive); refit with calibrate fit or remove it");
    }

    /// <summary>Whether the model's figures can give an estimate at all: finite, a positive slope, no negative variance.</summary>
    public static bool Usable(CalibrationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        double[] figures = [model.K, model.Intercept, model.KVariance, model.InterceptVariance, model.InterceptKCovariance, model.ResidualSigma];
        return figures.All(double.IsFinite) && model.K > 0 && model.KVariance >= 0 && model.InterceptVariance >= 0 && model.ResidualSigma >= 0;
    }

    /// <summary>The model an estimate names ("site@3", "provisional-zen5-hs23@1"), or null when it is no longer on file.</summary>
    public CalibrationModel? Find(string modelId)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        var provisional = DefaultModel.Provisional;
        if (modelId == string.Create(CultureInfo.InvariantCulture, $"{provisional.Id}@{provisional.Version}"))
        {
            return provisional;
        }

        var at = modelId.LastIndexOf('@');
        if (at < 0 || !int.TryParse(modelId[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return null;
        }

        var path = Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"model-v{version}.json"));
        try
        {
            var model = CalibrationModelJson.Deserialize(File.ReadAllText(path));
            return string.Equals(model.Id, modelId[..at], StringComparison.Ordinal) ? model : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return null;
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

    /// <summary>Writes the versioned file, then switches its unit's current file to it (each step atomic).</summary>
    public string Save(CalibrationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        System.IO.Directory.CreateDirectory(Directory);
        var json = CalibrationModelJson.Serialize(model) + "\n";
        var versioned = Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"model-v{model.Version}.json"));
        AtomicFile.WriteAllText(versioned, json);
        AtomicFile.WriteAllText(Path.Combine(Directory, CurrentFileOf(model.Unit)), json);
        return versioned;
    }
}

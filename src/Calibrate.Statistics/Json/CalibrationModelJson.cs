using System.Text.Json;
using Calibrate.Statistics.Calibration;

namespace Calibrate.Statistics.Json;

/// <summary>Reads and writes a calibration model.</summary>
public static class CalibrationModelJson
{
    public static string Serialize(CalibrationModel model) => JsonSerializer.Serialize(model, StatisticsJsonContext.Default.CalibrationModel);

    public static CalibrationModel Deserialize(string json)
    {
        var model = JsonSerializer.Deserialize(json, StatisticsJsonContext.Default.CalibrationModel)
            ?? throw new JsonException("the file holds null, not a calibration model");
        return model.SchemaVersion > CalibrationModel.CurrentSchemaVersion
            ? throw new JsonException($"calibration model schema version {model.SchemaVersion} is newer than this tool's ({CalibrationModel.CurrentSchemaVersion})")
            : model;
    }
}

using System.Text.Json;

namespace Calibrate.Reports.Plotting;

/// <summary>The plot model as indented JSON: what the snapshot tests compare, byte for byte, under any culture.</summary>
public static class PlotJson
{
    public static string Serialize(Figure figure) => JsonSerializer.Serialize(figure, PlotJsonContext.Default.Figure);

    public static Figure Deserialize(string json) =>
        JsonSerializer.Deserialize(json, PlotJsonContext.Default.Figure) ?? throw new JsonException("The JSON holds no figure.");
}

using System.Text.Json;

namespace Calibrate.Statistics.Tests.Support;

/// <summary>Test data and reference vectors copied to the output directory.</summary>
internal static class TestFiles
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([TestContext.CurrentContext.TestDirectory, .. parts]);

    public static JsonElement Vectors(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path("ReferenceVectors", file)));
        return doc.RootElement.Clone();
    }

    public static double[] Doubles(this JsonElement element) => element.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static double Number(this JsonElement element, string name) => element.GetProperty(name).GetDouble();
}

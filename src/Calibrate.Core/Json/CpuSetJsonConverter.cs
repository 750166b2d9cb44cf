using System.Text.Json;
using System.Text.Json.Serialization;
using Calibrate.Core.Topology;

namespace Calibrate.Core.Json;

/// <summary>A <see cref="CpuSet"/> is written as a JSON array of CPU ids, so scripts need no cpulist parser.</summary>
public sealed class CpuSetJsonConverter : JsonConverter<CpuSet>
{
    public override CpuSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return CpuSet.Parse(reader.GetString() ?? "");
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("a CPU set is an array of CPU ids");
        }

        var cpus = new List<int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            cpus.Add(reader.GetInt32());
        }

        return CpuSet.Of(cpus);
    }

    public override void Write(Utf8JsonWriter writer, CpuSet value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var cpu in value)
        {
            writer.WriteNumberValue(cpu);
        }

        writer.WriteEndArray();
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Calibrate.Core.Factors;
using Calibrate.Core.Json;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.TestSupport.Results;

namespace Calibrate.Core.Tests.Json;

public sealed class CalibrateJsonTests
{
    /// <summary>A complete result with a conclusion, so that every part of the document is written and read.</summary>
    private static RunResult Complete() =>
        new TestResult { Conclusions = [new Conclusion(Severity.Hint, "steal", "steal 0.10% (\"low\")")] }.Build();

    /// <summary>
    /// A result written before estimates named their unit (schema 1: hs06, hs06Low, hs06High, referenceHs06PerSlot,
    /// no unit) reads back as the HS06 estimate it was, with the same factor; a new one is written with the new names.
    /// </summary>
    [Test]
    public void A_schema_1_estimate_reads_back_as_HS06_and_is_written_with_its_unit()
    {
        var result = Complete();
        var node = JsonNode.Parse(CalibrateJson.Serialize(result))!.AsObject();
        node["schemaVersion"] = 1;
        var estimate = node["estimate"]!.AsObject();
        foreach (var (now, then) in new[] { ("value", "hs06"), ("low", "hs06Low"), ("high", "hs06High"), ("referencePerSlot", "referenceHs06PerSlot") })
        {
            var v = estimate[now]!.GetValue<double>();
            estimate.Remove(now);
            estimate[then] = v;
        }

        estimate.Remove("unit");
        var old = CalibrateJson.DeserializeResult(node.ToJsonString());
        var written = JsonNode.Parse(CalibrateJson.Serialize(old))!["estimate"]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(old.Estimate!.Unit, Is.EqualTo(AccountingUnit.HS06));
            Assert.That((old.Estimate.Value, old.Estimate.Low, old.Estimate.High), Is.EqualTo((result.Estimate!.Value, result.Estimate.Low, result.Estimate.High)));
            Assert.That(old.Estimate.CpuFactor, Is.EqualTo(result.Estimate.CpuFactor));
            Assert.That(written["unit"]!.GetValue<string>(), Is.EqualTo("HS06"));
            Assert.That(written.ContainsKey("hs06"), Is.False, "the legacy names are read, never written");
        });
    }

    [Test]
    public void A_result_survives_a_round_trip()
    {
        var result = Complete();
        var back = CalibrateJson.DeserializeResult(CalibrateJson.Serialize(result));
        Assert.Multiple(() =>
        {
            Assert.That(back.Id, Is.EqualTo(result.Id));
            Assert.That(back.Probe.Cpu.OnlineCpus, Is.EqualTo(result.Probe.Cpu.OnlineCpus));
            Assert.That(back.Copies[1].Kernels[0].Repetitions[0], Is.EqualTo(result.Copies[1].Kernels[0].Repetitions[0]));
            Assert.That(back.NodeScore, Is.EqualTo(result.NodeScore));
            Assert.That(back.Plan.Budget, Is.EqualTo(result.Plan.Budget));
            Assert.That(back.Conclusions, Is.EqualTo(result.Conclusions));
        });
    }

    [Test]
    public void Cpu_sets_are_arrays_and_enums_are_strings_for_scripts()
    {
        var json = JsonNode.Parse(CalibrateJson.Serialize(Complete()))!;
        Assert.Multiple(() =>
        {
            Assert.That(json["schemaVersion"]!.GetValue<int>(), Is.EqualTo(RunResult.CurrentSchemaVersion));
            Assert.That(json["probe"]!["cpu"]!["onlineCpus"]!.AsArray().Select(n => n!.GetValue<int>()), Is.EqualTo(new[] { 0, 1 }));
            Assert.That(json["plan"]!["profile"]!.GetValue<string>(), Is.EqualTo("Quick"));
            Assert.That(json["conclusions"]![0]!["severity"]!.GetValue<string>(), Is.EqualTo("Hint"));
        });
    }

    [Test]
    public void A_result_from_a_newer_tool_is_refused_with_a_clear_message()
    {
        var json = JsonNode.Parse(CalibrateJson.Serialize(Complete()))!;
        json["schemaVersion"] = RunResult.CurrentSchemaVersion + 1;
        var error = Assert.Throws<JsonException>(() => CalibrateJson.DeserializeResult(json.ToJsonString()));
        Assert.That(error!.Message, Does.Contain("newer than this tool's"));
    }

    [Test]
    public void A_result_missing_required_fields_is_refused() =>
        Assert.Throws<JsonException>(() => CalibrateJson.DeserializeResult("""{"schemaVersion":1,"hostname":"x"}"""));
}

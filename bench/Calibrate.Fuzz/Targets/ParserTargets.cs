using System.Text.Json;
using Calibrate.Agent.Probing;
using Calibrate.Core.Json;
using Calibrate.Node.Configuration;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Priors;

namespace Calibrate.Fuzz.Targets;

/// <summary>
/// The parsers of untrusted files, each called as the command that reads the file calls it, with the exceptions it
/// documents (KnownErrors maps each to exit 2) caught.
/// </summary>
public static class ParserTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("refs", "refs.csv (ReferenceCsv: calibrate fit, report --reference)", RefsCsv),
        new("hs23", "the HEPiX HS23 table (Hs23TableCsv: calibrate prior --prior-table)", Hs23Table),
        new("result", "result JSON (CalibrateJson.DeserializeResults: calibrate results import)", ResultJson),
        new("config", "calibrate.yaml or .json (ConfigParser: every command)", Config),
        new("lsf", "lsf.shared and lsf.cluster (LsfSectionParser and the editors: push lsf)", Lsf),
        new("cpuinfo", "a sysroot's proc/cpuinfo (SysrootReader: calibrate probe --sysroot)", CpuInfo),
    ];

    private static void RefsCsv(Stream input)
    {
        try
        {
            ReferenceCsv.Parse(FuzzInput.Text(input));
        }
        catch (ReferenceCsvException)
        {
        }
    }

    private static void Hs23Table(Stream input)
    {
        try
        {
            Hs23TableCsv.Parse(FuzzInput.Text(input), "table.csv", "fuzz");
        }
        catch (Hs23TableException)
        {
        }
    }

    private static void ResultJson(Stream input)
    {
        ReadOnlySpan<byte> bytes = FuzzInput.Bytes(input);
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        try
        {
            CalibrateJson.DeserializeResults(bytes.StartsWith(bom) ? bytes[bom.Length..] : bytes);
        }
        catch (JsonException)
        {
        }
    }

    private static void Config(Stream input)
    {
        try
        {
            ConfigParser.Parse(FuzzInput.Text(input), "calibrate.yaml");
        }
        catch (ConfigException)
        {
        }
    }

    private static void Lsf(Stream input)
    {
        var text = FuzzInput.Text(input);
        try
        {
            var shared = new HostModelEditor(new LsfText(text), "lsf.shared");
            _ = shared.ModelCount;
            shared.EnsureModel("HS06_10.0", "10.0");
            shared.AssignArchitecture("x86_64_fuzz", "HS06_10.0");
        }
        catch (PushConfigException)
        {
        }

        try
        {
            var cluster = new ClusterHostEditor(new LsfText(text), "lsf.cluster.demo");
            foreach (var host in new[] { "lsfmaster", "wn001", "wn002", "wn003.example.org" })
            {
                if (cluster.IsStatic(host))
                {
                    _ = cluster.ModelOf(host);
                    cluster.SetModel(host, "HS06_10.0");
                }
            }
        }
        catch (PushConfigException)
        {
        }
    }

    private static void CpuInfo(Stream input)
    {
        try
        {
            SysrootReader.Read(new CpuInfoSysroot(FuzzInput.Text(input)), live: null);
        }
        catch (ProbeException)
        {
        }
    }
}

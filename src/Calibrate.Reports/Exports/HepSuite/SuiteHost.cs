using System.Text.Json;
using System.Text.Json.Serialization;

namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>`host`: the node as the probe found it, in the suite's field names (its lscpu, dmidecode and os fields).</summary>
public sealed record SuiteHost
{
    [JsonPropertyName("hostname")]
    public required string Hostname { get; init; }

    /// <summary>The result's label as tag `label`; empty when it has none.</summary>
    [JsonPropertyName("tags")]
    public required IReadOnlyDictionary<string, string> Tags { get; init; }

    [JsonPropertyName("SW")]
    public required SuiteSoftware Software { get; init; }

    [JsonPropertyName("HW")]
    public required SuiteHardware Hardware { get; init; }
}

public sealed record SuiteSoftware
{
    /// <summary>"Linux-&lt;kernel release&gt;-&lt;architecture&gt;", as Python's platform.platform() begins.</summary>
    [JsonPropertyName("platform")]
    public string? Platform { get; init; }

    /// <summary>The runtime that ran the kernels (the suite records its Python here).</summary>
    [JsonPropertyName("dotnet_version")]
    public required string DotnetVersion { get; init; }

    /// <summary>The OS as the result records it: one description (os-release's PRETTY_NAME), not os-release's fields.</summary>
    [JsonPropertyName("OS")]
    public required IReadOnlyDictionary<string, string> Os { get; init; }

    [JsonPropertyName("kernel")]
    public SuiteKernel? Kernel { get; init; }
}

/// <summary>The kernel release split as the suite splits it: "6.8.0-100-generic" is version 6, major 8, minor 0, ABI 100.</summary>
public sealed record SuiteKernel
{
    [JsonPropertyName("version")]
    public required string Version { get; init; }

    [JsonPropertyName("major")]
    public required string Major { get; init; }

    [JsonPropertyName("minor")]
    public required string Minor { get; init; }

    [JsonPropertyName("ABI")]
    public required string Abi { get; init; }
}

public sealed record SuiteHardware
{
    [JsonPropertyName("CPU")]
    public required SuiteCpu Cpu { get; init; }

    [JsonPropertyName("BIOS")]
    public IReadOnlyDictionary<string, string>? Bios { get; init; }

    [JsonPropertyName("SYSTEM")]
    public required SuiteSystem System { get; init; }

    [JsonPropertyName("MEMORY")]
    public IReadOnlyDictionary<string, long>? Memory { get; init; }
}

/// <summary>`host.HW.CPU`, lscpu's fields as the suite names them; numbers where the suite writes numbers.</summary>
public sealed record SuiteCpu
{
    [JsonPropertyName("Architecture")]
    public string? Architecture { get; init; }

    [JsonPropertyName("CPU_Model")]
    public required string CpuModel { get; init; }

    [JsonPropertyName("CPU_Family")]
    public string? CpuFamily { get; init; }

    [JsonPropertyName("CPU_num")]
    public required int CpuNum { get; init; }

    [JsonPropertyName("Online_CPUs_list")]
    public required string OnlineCpusList { get; init; }

    [JsonPropertyName("Threads_per_core")]
    public required int ThreadsPerCore { get; init; }

    [JsonPropertyName("Cores_per_socket")]
    public required int CoresPerSocket { get; init; }

    [JsonPropertyName("Sockets")]
    public required int Sockets { get; init; }

    [JsonPropertyName("Vendor_ID")]
    public required string VendorId { get; init; }

    [JsonPropertyName("Stepping")]
    public string? Stepping { get; init; }

    [JsonPropertyName("CPU_Max_Speed_MHz")]
    public double? MaxSpeedMHz { get; init; }

    [JsonPropertyName("L2_cache")]
    public string? L2Cache { get; init; }

    [JsonPropertyName("L3_cache")]
    public string? L3Cache { get; init; }

    [JsonPropertyName("NUMA_nodes")]
    public required int NumaNodes { get; init; }

    [JsonPropertyName("Power_Policy")]
    public string? PowerPolicy { get; init; }

    /// <summary>"1" or "0", a string as the suite writes it.</summary>
    [JsonPropertyName("SMT_Enabled")]
    public required string SmtEnabled { get; init; }

    /// <summary>`NUMA_node&lt;N&gt;_CPUs`: one key per NUMA node, named by its number, as the suite (and lscpu) name them.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> NumaNodeCpus { get; } = new(StringComparer.Ordinal);
}

/// <summary>`host.HW.SYSTEM`: DMI's vendor and product, whether the node is a virtual machine and, Calibrate's own, by which hypervisor.</summary>
public sealed record SuiteSystem
{
    [JsonPropertyName("Manufacturer")]
    public string? Manufacturer { get; init; }

    [JsonPropertyName("Product_Name")]
    public string? ProductName { get; init; }

    [JsonPropertyName("isVM")]
    public required bool IsVm { get; init; }

    [JsonPropertyName("Hypervisor")]
    public string? Hypervisor { get; init; }
}

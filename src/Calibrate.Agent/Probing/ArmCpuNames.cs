namespace Calibrate.Agent.Probing;

/// <summary>
/// Names for Arm's numeric "CPU implementer" and "CPU part" cpuinfo fields, as lscpu prints them
/// (util-linux sys-utils/lscpu-arm.c). Only the implementers and the server cores met on batch farms are listed;
/// an unknown part keeps its hex id.
/// </summary>
public static class ArmCpuNames
{
    private static readonly Dictionary<int, string> Implementers = new()
    {
        [0x41] = "ARM",
        [0x42] = "Broadcom",
        [0x43] = "Cavium",
        [0x46] = "Fujitsu",
        [0x48] = "HiSilicon",
        [0x4e] = "NVIDIA",
        [0x50] = "APM",
        [0x51] = "Qualcomm",
        [0x53] = "Samsung",
        [0x56] = "Marvell",
        [0x61] = "Apple",
        [0x69] = "Intel",
        [0xc0] = "Ampere",
    };

    private static readonly Dictionary<(int Implementer, int Part), string> Parts = new()
    {
        [(0x41, 0xd03)] = "Cortex-A53",
        [(0x41, 0xd07)] = "Cortex-A57",
        [(0x41, 0xd08)] = "Cortex-A72",
        [(0x41, 0xd0b)] = "Cortex-A76",
        [(0x41, 0xd0c)] = "Neoverse-N1",
        [(0x41, 0xd40)] = "Neoverse-V1",
        [(0x41, 0xd49)] = "Neoverse-N2",
        [(0x41, 0xd4f)] = "Neoverse-V2",
        [(0x41, 0xd8e)] = "Neoverse-N3",
        [(0x48, 0xd01)] = "Kunpeng-920",
        [(0xc0, 0xac3)] = "Ampere-1",
        [(0xc0, 0xac4)] = "Ampere-1a",
    };

    public static string? ImplementerName(string? implementer) =>
        TryHex(implementer) is { } id ? Implementers.GetValueOrDefault(id, implementer!) : null;

    public static string? PartName(string? implementer, string? part)
    {
        if (TryHex(part) is not { } partId)
        {
            return null;
        }

        return TryHex(implementer) is { } implementerId && Parts.TryGetValue((implementerId, partId), out var name) ? name : part;
    }

    private static int? TryHex(string? text) =>
        text is not null && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text.AsSpan(2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}

namespace Calibrate.Agent.Probing;

/// <summary>
/// The file-system root the probe reads /proc and /sys from: "/" on a live node, or a captured tree (the layout
/// util-linux's <c>lscpu --sysroot</c> reads). A seam so that every probe rule can be tested on real captures.
/// Paths are relative to the root and use '/' ("proc/cpuinfo", "sys/devices/system/cpu/online").
/// </summary>
public interface ISysroot
{
    /// <summary>How to name this root in an error message: "sysroot /tmp/capture" or "the live system".</summary>
    string Description { get; }

    /// <summary>The whole text of a file, or null when it is absent or unreadable (sysfs attributes can refuse reads).</summary>
    string? ReadText(string path);

    bool Exists(string path);

    /// <summary>The entry names in a directory (files, directories and links), or none when it is absent.</summary>
    IReadOnlyList<string> ListNames(string directory);
}

using System.Formats.Tar;
using System.IO.Compression;

namespace Calibrate.TestSupport.Files;

/// <summary>
/// Unpacks a captured sysroot (.tar.gz, as in tests/Calibrate.Agent.Tests/TestData/sysroots). sysfs captures hold
/// symbolic links (cpuN/cpufreq -> ../cpufreq/policyN); they are recreated where they stay inside the destination and
/// skipped otherwise, as are device and hard links.
/// </summary>
public static class TarGzExtractor
{
    public static void Extract(string archive, string destination)
    {
        var root = Path.GetFullPath(destination) + Path.DirectorySeparatorChar;
        using var file = File.OpenRead(archive);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            var target = Path.GetFullPath(Path.Combine(root, entry.Name));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                continue;
            }

            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(target);
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile:
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    entry.ExtractToFile(target, overwrite: true);
                    break;
                case TarEntryType.SymbolicLink:
                    var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(target)!, entry.LinkName));
                    if (resolved.StartsWith(root, StringComparison.Ordinal) || resolved + Path.DirectorySeparatorChar == root)
                    {
                        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                        File.CreateSymbolicLink(target, entry.LinkName);
                    }

                    break;
            }
        }
    }
}

using System.Globalization;
using Calibrate.Platform.Files;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// The spool through which concurrent `push lsf` invocations hand their nodes to whichever of them reconciles next:
/// one small file per host (`host factor step [architecture]`), written atomically, so a later push for a host replaces its
/// earlier one. An entry is removed only after the reconciliation that consumed it succeeded, and only if it was not
/// replaced meanwhile.
/// </summary>
public sealed class LsfPendingSpool(string directory)
{
    public string Directory { get; } = directory;

    public string LockPath => Path.Combine(Directory, ".lock");

    public void Enqueue(NodeFactor node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!LsfNames.IsValidHostName(node.Host))
        {
            throw new PushConfigException($"`{node.Host}` is not a valid host name (RFC 1123)");
        }

        System.IO.Directory.CreateDirectory(Directory);
        AtomicFile.WriteAllText(Path.Combine(Directory, node.Host.ToLowerInvariant()), Format(node));
    }

    public IReadOnlyList<(NodeFactor Node, string Path, string Content)> ReadAll()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        return System.IO.Directory.GetFiles(Directory)
            .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path: f, Content: File.ReadAllText(f)))
            .Select(e => (Parse(e.Content, e.Path), e.Path, e.Content))
            .ToList();
    }

    public static void Remove(IEnumerable<(NodeFactor Node, string Path, string Content)> consumed)
    {
        ArgumentNullException.ThrowIfNull(consumed);
        foreach (var entry in consumed)
        {
            if (File.Exists(entry.Path) && File.ReadAllText(entry.Path) == entry.Content)
            {
                File.Delete(entry.Path);
            }
        }
    }

    private static string Format(NodeFactor node) =>
        string.Join(' ', new[] { node.Host, R(node.CpuFactor), R(node.BucketStep), node.Architecture }.OfType<string>()) + "\n";

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static NodeFactor Parse(string content, string path)
    {
        var words = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > 4 || !PlainNumber.TryParse(words[1], out var factor) || !PlainNumber.TryParse(words[2], out var step))
        {
            throw new PushConfigException($"pending entry {path} is not `host factor step [architecture]`; remove it");
        }

        return new NodeFactor(words[0], factor, step, words.Length == 4 ? words[3] : null);
    }
}

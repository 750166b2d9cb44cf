using System.Globalization;
using Calibrate.Core.Factors;
using Calibrate.Core.Text;
using Calibrate.Platform.Files;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// The spool through which concurrent `push lsf` invocations hand their nodes to whichever of them reconciles next:
/// one small file per host (`host factor step [architecture]`), written atomically, so a later push for a host replaces its
/// earlier one. An entry is removed only after the reconciliation that consumed it succeeded, and only if it was not
/// replaced meanwhile. Every field is checked before an entry is written (host name, a finite positive factor, a valid
/// step, an architecture without blanks), and an entry that cannot be read (written by hand, or by an older version)
/// is set aside as `.rejected.NAME` and named in <see cref="Rejected"/>, so that one bad entry never stops the pushes
/// of every other host.
/// </summary>
public sealed class LsfPendingSpool(string directory)
{
    public string Directory { get; } = directory;

    public string LockPath => Path.Combine(Directory, ".lock");

    public void Enqueue(NodeFactor node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (Problem(node) is { } problem)
        {
            throw new PushConfigException(problem);
        }

        System.IO.Directory.CreateDirectory(Directory);
        AtomicFile.WriteAllText(Path.Combine(Directory, node.Host.ToLowerInvariant()), Format(node));
    }

    /// <summary>The entries <see cref="ReadAll"/> set aside, each with the reason, for the push to report.</summary>
    public IReadOnlyList<string> Rejected => _rejected;

    private readonly List<string> _rejected = [];

    /// <summary>Every readable entry; an unreadable one is set aside (or, for a dry run, only skipped and named).</summary>
    public IReadOnlyList<(NodeFactor Node, string Path, string Content)> ReadAll(bool setAsideRejected = true)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        var entries = new List<(NodeFactor, string, string)>();
        foreach (var path in System.IO.Directory.GetFiles(Directory).Where(f => !System.IO.Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            var content = File.ReadAllText(path);
            if (TryParse(content, out var node, out var problem))
            {
                entries.Add((node, path, content));
                continue;
            }

            if (!setAsideRejected)
            {
                _rejected.Add($"pending entry {path} is skipped: {problem}");
                continue;
            }

            var aside = System.IO.Path.Combine(Directory, ".rejected." + System.IO.Path.GetFileName(path));
            File.Move(path, aside, overwrite: true);
            _rejected.Add($"pending entry {path} set aside as {aside}: {problem}");
        }

        return entries;
    }

    /// <summary>Why the node cannot be queued (or published), or null when every field is one LSF and the spool can read.</summary>
    public static string? Problem(NodeFactor node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!LsfNames.IsValidHostName(node.Host))
        {
            return $"{UntrustedText.Quote(node.Host)} is not a valid host name (RFC 1123)";
        }

        if (!double.IsFinite(node.CpuFactor) || node.CpuFactor <= 0)
        {
            return $"{node.Host}: CPU factor {R(node.CpuFactor)} is not a positive number";
        }

        if (!CpuFactorRules.IsValidStep(node.BucketStep))
        {
            return $"{node.Host}: {CpuFactorRules.StepError(node.BucketStep)}";
        }

        return node.Architecture is { } arch && !LsfNames.IsValidArchitecture(arch)
            ? $"{node.Host}: architecture {UntrustedText.Quote(arch)} is not an LSF architecture string (letters, digits and `_ . : + -`, no blanks)"
            : null;
    }

    /// <summary>
    /// Removes the temporaries of entries whose writer was killed between creating and renaming them
    /// (`.HOST.PID.ID.tmp`, <see cref="AtomicFile"/>), which no later write of another host would clear; a live writer's stays.
    /// </summary>
    public void RemoveStaleTemporaries() => AtomicFile.RemoveStaleTemporariesOf(Directory, "");

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

    private static bool TryParse(string content, out NodeFactor node, out string problem)
    {
        var words = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > 4 || !PlainNumber.TryParse(words[1], out var factor) || !PlainNumber.TryParse(words[2], out var step))
        {
            node = new NodeFactor("", 0);
            problem = "not `host factor step [architecture]`";
            return false;
        }

        node = new NodeFactor(words[0], factor, step, words.Length == 4 ? words[3] : null);
        problem = Problem(node) ?? "";
        return problem.Length == 0;
    }
}

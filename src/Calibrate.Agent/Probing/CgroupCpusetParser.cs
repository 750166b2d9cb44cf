using System.Globalization;
using System.Text;

namespace Calibrate.Agent.Probing;

/// <summary>
/// Finds the file that holds this process's cgroup cpuset (Documentation/admin-guide/cgroup-v2.rst "Cpuset",
/// and cgroup-v1/cpusets.rst). /proc/self/cgroup names the cgroup ("N:cpuset:/path" in v1, "0::/path" in v2),
/// /proc/self/mountinfo says where its hierarchy is mounted. A v1 cpuset controller takes precedence: on hybrid
/// systems the v2 hierarchy then carries no cpuset. Candidates walk up to the mount root, because inside a
/// container the named cgroup may not be visible; an ancestor's set is wider, and the affinity narrows it again.
/// </summary>
public static class CgroupCpusetParser
{
    private const string DefaultV2Mount = "/sys/fs/cgroup";
    private const string DefaultV1CpusetMount = "/sys/fs/cgroup/cpuset";

    public static CgroupMembership ParseProcSelfCgroup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? v1 = null, v2 = null;
        foreach (var line in text.Split('\n'))
        {
            var parts = line.Trim().Split(':', 3);
            if (parts.Length != 3)
            {
                continue;
            }

            if (parts[0] == "0" && parts[1].Length == 0)
            {
                v2 = parts[2];
            }
            else if (parts[1].Split(',').Contains("cpuset", StringComparer.Ordinal))
            {
                v1 = parts[2];
            }
        }

        return new CgroupMembership(v1, v2);
    }

    /// <summary>The cgroup mounts in /proc/self/mountinfo (man 5 proc: fields, then " - ", fstype, source, super options).</summary>
    public static IReadOnlyList<CgroupMount> ParseMountInfo(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mounts = new List<CgroupMount>();
        foreach (var line in text.Split('\n'))
        {
            var separator = line.IndexOf(" - ", StringComparison.Ordinal);
            if (separator < 0)
            {
                continue;
            }

            var fields = line[..separator].Split(' ');
            var tail = line[(separator + 3)..].Split(' ');
            if (fields.Length < 5 || tail.Length < 3 || tail[0] is not ("cgroup" or "cgroup2"))
            {
                continue;
            }

            var isV2 = tail[0] == "cgroup2";
            var hasCpuset = isV2 || tail[2].Split(',').Contains("cpuset", StringComparer.Ordinal);
            mounts.Add(new CgroupMount(Unescape(fields[4]), Unescape(fields[3]), isV2, hasCpuset));
        }

        return mounts;
    }

    /// <summary>Absolute paths to try in order; the first that exists holds the effective cpuset.</summary>
    public static IReadOnlyList<string> CandidateFiles(CgroupMembership membership, IReadOnlyList<CgroupMount> mounts)
    {
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(mounts);
        var candidates = new List<string>();
        if (membership.V1CpusetPath is { } v1)
        {
            var mount = mounts.FirstOrDefault(m => !m.IsV2 && m.HasCpuset) ?? new CgroupMount(DefaultV1CpusetMount, "/", false, true);
            AddWalkingUp(candidates, mount, v1, ["cpuset.effective_cpus", "cpuset.cpus"]);
        }

        if (membership.V2Path is { } v2)
        {
            var mount = mounts.FirstOrDefault(m => m.IsV2) ?? new CgroupMount(DefaultV2Mount, "/", true, true);
            AddWalkingUp(candidates, mount, v2, ["cpuset.cpus.effective"]);
        }

        return candidates;
    }

    private static void AddWalkingUp(List<string> candidates, CgroupMount mount, string cgroupPath, string[] fileNames)
    {
        var relative = cgroupPath;
        if (mount.Root != "/" && relative.StartsWith(mount.Root, StringComparison.Ordinal))
        {
            relative = relative[mount.Root.Length..];
        }

        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var depth = segments.Count; depth >= 0; depth--)
        {
            var directory = string.Join('/', new[] { mount.MountPoint.TrimEnd('/') }.Concat(segments.Take(depth)));
            candidates.AddRange(fileNames.Select(name => directory + "/" + name));
        }
    }

    /// <summary>mountinfo escapes space, tab, newline and backslash as three-digit octal ("\040").</summary>
    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 3 < field.Length
                && int.TryParse(field.AsSpan(i + 1, 3), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                sb.Append((char)Convert.ToInt32(field.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                sb.Append(field[i]);
            }
        }

        return sb.ToString();
    }
}

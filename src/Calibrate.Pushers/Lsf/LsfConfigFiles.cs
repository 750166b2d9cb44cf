using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// Locates lsf.shared and lsf.cluster.&lt;cluster&gt; in $LSF_ENVDIR (the --conf-dir). With several clusters in one
/// directory the cluster must be named; with one, it is found.
/// </summary>
public sealed record LsfConfigFiles(string Shared, string Cluster)
{
    public static LsfConfigFiles Locate(string confDir, string? clusterName)
    {
        if (!Directory.Exists(confDir))
        {
            throw new PushConfigException($"LSF configuration directory {confDir} does not exist");
        }

        var shared = Path.Combine(confDir, "lsf.shared");
        if (!File.Exists(shared))
        {
            throw new PushConfigException($"{shared} does not exist");
        }

        if (clusterName is not null)
        {
            var named = Path.Combine(confDir, "lsf.cluster." + clusterName);
            return File.Exists(named) ? new LsfConfigFiles(shared, named) : throw new PushConfigException($"{named} does not exist");
        }

        var clusters = Directory.GetFiles(confDir, "lsf.cluster.*")
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        return clusters.Count switch
        {
            1 => new LsfConfigFiles(shared, clusters[0]),
            0 => throw new PushConfigException($"no lsf.cluster.<name> file in {confDir}"),
            _ => throw new PushConfigException($"{confDir} holds {clusters.Count} lsf.cluster files; name one with --cluster"),
        };
    }
}

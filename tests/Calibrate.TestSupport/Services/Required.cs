using System.Diagnostics.CodeAnalysis;

namespace Calibrate.TestSupport.Services;

/// <summary>
/// What a test needs from the machine beyond .NET: the PostgreSQL server, the Slurm cluster, the Grid Engine cell, node_exporter, promtool and
/// Chromium that .ci/run starts and installs, root for mounts. Under CI=true (.ci/run) a missing one fails the test, so CI cannot pass by
/// skipping it; elsewhere the test is ignored, saying how to get it.
/// </summary>
public static class Required
{
    /// <summary>$CALIBRATE_TEST_SLURM, set to 1 by .ci/start-slurm.sh with the cluster's one node in $CALIBRATE_TEST_SLURM_NODE.</summary>
    public const string SlurmVariable = "CALIBRATE_TEST_SLURM";

    public const string SlurmNodeVariable = "CALIBRATE_TEST_SLURM_NODE";

    /// <summary>$CALIBRATE_TEST_GRIDENGINE, set to 1 by .ci/start-gridengine.sh with its exec host in $CALIBRATE_TEST_GRIDENGINE_HOST.</summary>
    public const string GridEngineVariable = "CALIBRATE_TEST_GRIDENGINE";

    public const string GridEngineHostVariable = "CALIBRATE_TEST_GRIDENGINE_HOST";

    /// <summary>$CALIBRATE_TEST_NODE_EXPORTER: node_exporter's metrics URL on 127.0.0.1, set by .ci/start-node-exporter.sh.</summary>
    public const string NodeExporterVariable = "CALIBRATE_TEST_NODE_EXPORTER";

    /// <summary>$CALIBRATE_TEST_TEXTFILE_DIR: the directory that node_exporter's textfile collector reads.</summary>
    public const string TextfileDirectoryVariable = "CALIBRATE_TEST_TEXTFILE_DIR";

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The node of the one-node Slurm cluster of .ci/start-slurm.sh.</summary>
    public static string SlurmNode()
    {
        if (Environment.GetEnvironmentVariable(SlurmVariable) == "1" && Environment.GetEnvironmentVariable(SlurmNodeVariable) is { Length: > 0 } node)
        {
            return node;
        }

        Missing($"no Slurm test cluster: {SlurmVariable}=1 and {SlurmNodeVariable} are not set; run: eval \"$(bash .ci/start-slurm.sh)\"");
        return "";
    }

    /// <summary>The exec host of the one-node Grid Engine cell of .ci/start-gridengine.sh.</summary>
    public static string GridEngineHost()
    {
        if (Environment.GetEnvironmentVariable(GridEngineVariable) == "1" && Environment.GetEnvironmentVariable(GridEngineHostVariable) is { Length: > 0 } host)
        {
            return host;
        }

        Missing($"no Grid Engine test cell: {GridEngineVariable}=1 and {GridEngineHostVariable} are not set; run: eval \"$(bash .ci/start-gridengine.sh)\"");
        return "";
    }

    /// <summary>The node_exporter of .ci/start-node-exporter.sh: its metrics URL (loopback only) and its textfile directory.</summary>
    public static (Uri Metrics, string TextfileDirectory) NodeExporter()
    {
        if (Environment.GetEnvironmentVariable(NodeExporterVariable) is { Length: > 0 } url
            && Uri.TryCreate(url, UriKind.Absolute, out var metrics) && metrics.IsLoopback
            && Environment.GetEnvironmentVariable(TextfileDirectoryVariable) is { Length: > 0 } directory && Directory.Exists(directory))
        {
            return (metrics, directory);
        }

        Missing($"no node_exporter: {NodeExporterVariable} (a 127.0.0.1 URL) and {TextfileDirectoryVariable} are not set; run: eval \"$(bash .ci/start-node-exporter.sh)\"");
        return default;
    }

    /// <summary>The full path of <paramref name="program"/> on PATH, from the Debian package <paramref name="package"/>.</summary>
    public static string Program(string program, string package)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(directory, program);
            if (File.Exists(path))
            {
                return path;
            }
        }

        Missing($"{program} is not on PATH: apt-get install {package} (.ci/run installs it)");
        return "";
    }

    /// <summary>Fails the test under CI, ignores it elsewhere.</summary>
    [DoesNotReturn]
    public static void Missing(string why)
    {
        if (UnderCi)
        {
            Assert.Fail($"{why} (CI=true: .ci/run provides it, so the test must run)");
        }

        Assert.Ignore(why);
        throw new InvalidOperationException("unreachable: Assert.Ignore throws");
    }
}

namespace Calibrate.Pushers.Mjf;

/// <summary>
/// Where the machine features live: --dir, else $MACHINEFEATURES, else /etc/machinefeatures (mjf-scripts' and
/// quattor's default). HSF-TN-2016-02 also allows http(s) URLs as the variable's value; those are served, not written.
/// </summary>
public static class MjfDirectory
{
    public const string DefaultMachineFeatures = "/etc/machinefeatures";

    public static string MachineFeatures(string? option, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Local(option ?? (environment("MACHINEFEATURES") is { Length: > 0 } env ? env : DefaultMachineFeatures), "MACHINEFEATURES");
    }

    /// <summary>--dir, else $JOBFEATURES; no default, as the job directory is per job (HSF-TN-2016-02).</summary>
    public static string JobFeatures(string? option, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var value = option ?? environment("JOBFEATURES");
        if (string.IsNullOrEmpty(value))
        {
            throw new Common.PushConfigException("no job features directory: give --dir or set $JOBFEATURES");
        }

        return Local(value, "JOBFEATURES");
    }

    private static string Local(string value, string variable)
    {
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            throw new Common.PushConfigException(
                $"${variable} is a URL ({value}): the features are served over HTTP there; push to the served directory with --dir");
        }

        // The spec: the variable names a directory, without a trailing slash.
        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(value));
    }
}

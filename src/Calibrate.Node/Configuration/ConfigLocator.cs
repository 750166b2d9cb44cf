namespace Calibrate.Node.Configuration;

/// <summary>
/// Which file configures this node: --config, else $CALIBRATE_CONFIG, else the first of /etc/calibrate/calibrate.yaml,
/// .yml and .json that exists. Reading it is the only I/O; parsing is <see cref="ConfigParser"/>'s.
/// </summary>
public static class ConfigLocator
{
    public const string Variable = "CALIBRATE_CONFIG";
    public const string Directory = "/etc/calibrate";

    public static IReadOnlyList<string> DefaultPaths { get; } =
        [Path.Combine(Directory, "calibrate.yaml"), Path.Combine(Directory, "calibrate.yml"), Path.Combine(Directory, "calibrate.json")];

    /// <summary>The file to read, or null when none was named and no default exists (boot then uses the defaults).</summary>
    public static string? Find(string? option, Func<string, string?> environment, Func<string, string> resolve)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(resolve);
        var named = option ?? environment(Variable);
        if (!string.IsNullOrWhiteSpace(named))
        {
            return resolve(named);
        }

        return DefaultPaths.FirstOrDefault(File.Exists);
    }

    /// <summary>The named file parsed; a named file that does not exist is an error, not the defaults.</summary>
    public static CalibrateConfig Load(string? path)
    {
        if (path is null)
        {
            return CalibrateConfig.Default;
        }

        if (Platform.Files.AtomicFile.NonRegularKind(path) is { } kind)
        {
            throw new ConfigException($"the configuration {path} is {kind}, not a file");
        }

        if (!File.Exists(path))
        {
            throw new ConfigException($"no configuration file {path}");
        }

        var length = new FileInfo(path).Length;
        return length <= ConfigParser.MaxBytes
            ? ConfigParser.Parse(File.ReadAllText(path), path)
            : throw new ConfigException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the configuration {path} holds {length} bytes; a calibrate configuration is at most {ConfigParser.MaxBytes}"));
    }
}

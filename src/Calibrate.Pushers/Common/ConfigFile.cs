namespace Calibrate.Pushers.Common;

/// <summary>Reads a site's existing configuration file for planning; a missing or unreadable one is a one-line error.</summary>
public static class ConfigFile
{
    public static string Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new PushConfigException($"{path} does not exist");
        }

        try
        {
            return File.ReadAllText(path, FileChange.Encoding);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new PushConfigException($"cannot read {path}: {error.Message}", error);
        }
    }
}

using Calibrate.Platform.Files;

namespace Calibrate.Pushers.Common;

/// <summary>Reads a site's existing configuration file for planning; a missing or unreadable one is a one-line error.</summary>
public static class ConfigFile
{
    public static string Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            // The write would refuse a link, a FIFO or a device; refused before reading, so a FIFO cannot hang the push.
            if (!AtomicFile.EnsureReplaceable(path))
            {
                throw new PushConfigException($"{path} does not exist");
            }

            return File.ReadAllText(path, FileChange.Encoding);
        }
        catch (NotAReplaceableFileException error)
        {
            throw new PushConfigException(error.Message, error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new PushConfigException($"cannot read {path}: {error.Message}", error);
        }
    }
}

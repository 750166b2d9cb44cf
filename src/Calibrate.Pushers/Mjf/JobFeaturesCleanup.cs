using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Mjf;

/// <summary>
/// `calibrate jobfeatures --cleanup`, for the epilog: removes the $JOBFEATURES keys (only the names of
/// <see cref="MjfKeys.JobKeys"/>, plus shutdowntime_job and grace_secs_job, which a site may have added), then the
/// directory when nothing else is left in it. Each removal is one unlink, so a reader sees a key or no key.
/// </summary>
public static class JobFeaturesCleanup
{
    private static readonly string[] DynamicKeys = ["shutdowntime_job", "grace_secs_job"];

    /// <summary>The key files present now, in the note's order; refuses a path that is a file or a symbolic link.</summary>
    public static IReadOnlyList<string> Present(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (File.Exists(directory) || new DirectoryInfo(directory).LinkTarget is not null)
        {
            throw new PushConfigException($"{directory} is not a job features directory (a file or a symbolic link); nothing was removed");
        }

        return Directory.Exists(directory)
            ? MjfKeys.JobKeys.Concat(DynamicKeys).Select(k => Path.Combine(directory, k)).Where(File.Exists).ToList()
            : [];
    }

    /// <summary>Removes <paramref name="files"/> and then the directory if empty; true when the directory went too.</summary>
    public static bool Remove(string directory, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            File.Delete(file);
        }

        if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            return true;
        }

        return false;
    }
}

using System.Globalization;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.JobEnvironments;

/// <summary>Reads a job's variables strictly: a value that is set but malformed is an error naming the variable, never a guess.</summary>
internal static class EnvironmentValues
{
    public static string Required(JobInputs job, string name, string scheduler) =>
        job.Environment(name) is { Length: > 0 } value
            ? value
            : throw new PushConfigException($"${name} is not set: not inside a {scheduler} job (run this from the job's prolog, or give the job's environment)");

    public static string? Optional(JobInputs job, string name) => job.Environment(name) is { Length: > 0 } value ? value.Trim() : null;

    /// <summary>A whole number of at least 1, or null when the variable is unset.</summary>
    public static long? Positive(JobInputs job, string name) =>
        Optional(job, name) is { } text ? Positive(text, "$" + name) : null;

    public static long Positive(string text, string what) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new PushConfigException($"{what} is '{text}', not a whole number of at least 1");

    public static int Cpus(long value, string what) =>
        value <= int.MaxValue ? (int)value : throw new PushConfigException($"{what} is {value}: more processors than any node has");

    /// <summary>This host's slots where the allocation lists hosts (a multi-host job), else the job's count in <paramref name="countVariable"/>.</summary>
    public static int? HostOrJobCpus(int? hostSlots, JobInputs job, string countVariable) =>
        hostSlots ?? (Positive(job, countVariable) is { } n ? Cpus(n, "$" + countVariable) : null);

    /// <summary>A UNIX time in seconds.</summary>
    public static DateTimeOffset? UnixTime(JobInputs job, string name) =>
        Positive(job, name) is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    /// <summary>Mebibytes (Slurm's and HTCondor's MB are 1024 x 1024 bytes) as bytes.</summary>
    public static long Mebibytes(long value) => checked(value * 1024 * 1024);
}

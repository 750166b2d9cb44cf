using System.Globalization;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Worker;

/// <summary>
/// One line a copy's child process writes on stdout. The protocol is line-based text so that a stuck child can be
/// diagnosed by reading its output: READY cpus | S kernel seconds | BAD kernel got expected | ERR text | DONE.
/// The parent answers on the child's stdin with GO (start together) and STOP.
/// </summary>
public abstract record WorkerMessage
{
    public const string Go = "GO";
    public const string Stop = "STOP";

    public static WorkerMessage? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Split(' ', 2);
        var rest = parts.Length > 1 ? parts[1] : "";
        switch (parts[0])
        {
            case "READY":
                return new Ready(CpuSet.TryParse(rest, out var cpus, out _) ? cpus : CpuSet.Empty);
            case "S":
                var fields = rest.Split(' ');
                return fields.Length == 2
                    && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kernel)
                    && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                    ? new Sample(kernel, seconds)
                    : null;
            case "BAD":
                return new ChecksumMismatch(rest);
            case "ERR":
                return new Failure(rest);
            case "DONE":
                return new Done();
            default:
                return null;
        }
    }

    public abstract string Format();

    /// <summary>Setup and warm-up are done; the copy runs on these CPUs and waits for GO.</summary>
    public sealed record Ready(CpuSet Cpus) : WorkerMessage
    {
        public override string Format() => $"READY {Cpus}";
    }

    /// <summary>One timed, verified iteration of a kernel (index into the run's kernel list).</summary>
    public sealed record Sample(int Kernel, double Seconds) : WorkerMessage
    {
        public override string Format() => string.Create(CultureInfo.InvariantCulture, $"S {Kernel} {Seconds:R}");
    }

    public sealed record ChecksumMismatch(string Detail) : WorkerMessage
    {
        public override string Format() => $"BAD {Detail}";
    }

    public sealed record Failure(string Detail) : WorkerMessage
    {
        public override string Format() => $"ERR {Detail}";
    }

    public sealed record Done : WorkerMessage
    {
        public override string Format() => "DONE";
    }
}

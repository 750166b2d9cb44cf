using System.Globalization;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Worker;

/// <summary>
/// One line a copy's child process writes on stdout. The protocol is line-based text so that a stuck child can be
/// diagnosed by reading its output: READY cpus unit-seconds | S kernel seconds-per-unit | P probe seconds |
/// R round | BAD detail | ERR text | DONE. The parent answers on the child's stdin with GO units-per-sample schedule
/// (start together), NEXT (lockstep: begin the next round) and STOP.
/// </summary>
public abstract record WorkerMessage
{
    public const string Go = "GO";
    public const string Next = "NEXT";
    public const string Stop = "STOP";

    public static WorkerMessage? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Split(' ', 2);
        var rest = parts.Length > 1 ? parts[1] : "";
        switch (parts[0])
        {
            case "READY":
                var ready = rest.Split(' ');
                return new Ready(
                    CpuSet.TryParse(ready[0], out var cpus, out _) ? cpus : CpuSet.Empty,
                    ready.Length > 1 ? Numbers(ready[1]) ?? [] : []);
            case "S":
                return IndexAndSeconds(rest) is var (kernel, seconds) ? new Sample(kernel, seconds) : null;
            case "P":
                return IndexAndSeconds(rest) is var (probe, probeSeconds) ? new ProbeSample(probe, probeSeconds) : null;
            case "R":
                return int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var round) ? new RoundDone(round) : null;
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

    /// <summary>GO with the units per sample of every kernel, in the kernels' order, and whether rounds run in lockstep.</summary>
    public static string FormatGo(IReadOnlyList<int> unitsPerSample, bool lockstep) =>
        $"{Go} {string.Join(',', unitsPerSample.Select(k => k.ToString(CultureInfo.InvariantCulture)))} {(lockstep ? "lockstep" : "rotate")}";

    /// <summary>The units per sample and the schedule of a GO line; null when the line is not one.</summary>
    public static (IReadOnlyList<int> UnitsPerSample, bool Lockstep)? ParseGo(string? line)
    {
        var parts = (line ?? "").Split(' ');
        if (parts[0] != Go || parts.Length != 3)
        {
            return null;
        }

        var units = parts[1].Split(',').Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k >= 1 ? k : 0).ToArray();
        return units.All(k => k >= 1) && parts[2] is "lockstep" or "rotate" ? (units, parts[2] == "lockstep") : null;
    }

    public abstract string Format();

    private static (int Index, double Seconds)? IndexAndSeconds(string text)
    {
        var fields = text.Split(' ');
        return fields.Length == 2
            && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? (index, seconds)
            : null;
    }

    private static double[]? Numbers(string text)
    {
        var values = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            values.Add(value);
        }

        return [.. values];
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Setup and warm-up are done; the copy runs on these CPUs, a unit of each kernel took these seconds, and it waits for GO.</summary>
    public sealed record Ready(CpuSet Cpus, IReadOnlyList<double> UnitSeconds) : WorkerMessage
    {
        public override string Format() => $"READY {Cpus} {string.Join(',', UnitSeconds.Select(R))}";

        public bool Equals(Ready? other) => other is not null && Cpus.Equals(other.Cpus) && UnitSeconds.SequenceEqual(other.UnitSeconds);

        public override int GetHashCode() => Cpus.GetHashCode();
    }

    /// <summary>One timed sample of a kernel (index into the run's kernel list): its seconds per unit of work.</summary>
    public sealed record Sample(int Kernel, double Seconds) : WorkerMessage
    {
        public override string Format() => string.Create(CultureInfo.InvariantCulture, $"S {Kernel} {Seconds:R}");
    }

    /// <summary>One run of a noise probe (index into <see cref="Workloads.Probes"/>' order) and its seconds.</summary>
    public sealed record ProbeSample(int Probe, double Seconds) : WorkerMessage
    {
        public override string Format() => string.Create(CultureInfo.InvariantCulture, $"P {Probe} {Seconds:R}");
    }

    /// <summary>The copy finished round <paramref name="Round"/> (0-based): one sample of every kernel and the probes.</summary>
    public sealed record RoundDone(int Round) : WorkerMessage
    {
        public override string Format() => string.Create(CultureInfo.InvariantCulture, $"R {Round}");
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

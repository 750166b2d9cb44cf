using System.Diagnostics;
using System.Globalization;
using Calibrate.Agent.Worker;
using Calibrate.Workloads;

namespace Calibrate.Agent.Tests.Worker;

/// <summary>
/// A kernel named by what it does, e.g. "spin", "slowsetup1-1500" (copy 1 takes 1.5 s to set up), "bad1-3" (copy 1's
/// third iteration is wrong), "exit1-8" (copy 1 exits with code 9 at its eighth unit, during the measurement). Each iteration spins for
/// about 5 ms of CPU time, so a run of a few seconds holds hundreds of samples.
/// </summary>
public sealed class TestKernel : IKernel
{
    public const ulong Checksum = 0x5EED;
    public const int ExitCode = 9;

    /// <summary>Warm-up runs one unit to verify and <see cref="WorkerLoop.CalibrationUnits"/> to time before READY; the next is the first timed after GO.</summary>
    public const int FirstTimedUnit = WorkerLoop.CalibrationUnits + 2;
    private static readonly TimeSpan DefaultUnitTime = TimeSpan.FromMilliseconds(5);
    private TimeSpan _unitTime = DefaultUnitTime;
    private readonly string _fault;
    private readonly int _faultCopy;
    private readonly int _faultValue;
    private readonly int _copy;
    private int _iterations;

    private TestKernel(string name, string fault, int faultCopy, int faultValue, int copy)
    {
        Name = name;
        _fault = fault;
        _faultCopy = faultCopy;
        _faultValue = faultValue;
        _copy = copy;
    }

    public string Name { get; }

    public string Description => "runner test kernel";

    public double ReferenceSeconds => 0.05;

    public ulong ExpectedChecksum => Checksum;

    public static TestKernel Parse(string name, int copy)
    {
        ArgumentNullException.ThrowIfNull(name);
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            // "spin": 5 ms units; "unit12": 12 ms units (a node of another speed).
            return name == "spin" ? new TestKernel(name, "none", -1, 0, copy)
                : name.StartsWith("unit", StringComparison.Ordinal) && int.TryParse(name.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                    ? new TestKernel(name, "none", -1, 0, copy) { _unitTime = TimeSpan.FromMilliseconds(ms) }
                    : throw new ArgumentException($"unknown test kernel '{name}'");
        }

        var fault = new string(name[..dash].TakeWhile(char.IsLetter).ToArray());
        var faultCopy = int.Parse(name[fault.Length..dash], CultureInfo.InvariantCulture);
        var value = int.Parse(name[(dash + 1)..], CultureInfo.InvariantCulture);
        return fault is "slowsetup" or "bad" or "exit"
            ? new TestKernel(name, fault, faultCopy, value, copy)
            : throw new ArgumentException($"unknown test kernel '{name}'");
    }

    /// <summary>Where the kernel leaves its marks (copyN.ready, copyN.first), when the test names a directory.</summary>
    public const string MarksVariable = "CALIBRATE_TEST_MARKS";

    public void Setup()
    {
        if (_fault == "slowsetup" && _copy == _faultCopy)
        {
            Thread.Sleep(_faultValue);
        }

        Mark("ready");
    }

    public ulong RunUnit()
    {
        _iterations++;
        if (_iterations == FirstTimedUnit)
        {
            Mark("first");
        }

        var mine = _copy == _faultCopy;
        if (mine && _fault == "exit" && _iterations >= _faultValue)
        {
            Environment.Exit(ExitCode);
        }

        var spin = Stopwatch.StartNew();
        while (spin.Elapsed < _unitTime)
        {
            Thread.SpinWait(100);
        }

        return mine && _fault == "bad" && _iterations >= _faultValue ? Checksum + 1 : Checksum;
    }

    private void Mark(string what)
    {
        if (Environment.GetEnvironmentVariable(MarksVariable) is { Length: > 0 } directory)
        {
            File.WriteAllText(
                Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"copy{_copy}.{Name}.{what}")),
                DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture));
        }
    }
}

using System.Diagnostics;

namespace Calibrate.Cli.Tests.Kill;

/// <summary>
/// This build's calibrate as a real process, so that it can be killed with SIGKILL: no finally block, no disposal runs.
/// Its environment is the test's without calibrate's, LSF's and MJF's own variables, plus those given.
/// </summary>
internal sealed class CalibrateProcess : IDisposable
{
    private static readonly string[] Inherited = ["CALIBRATE_", "LSF_", "MACHINEFEATURES", "JOBFEATURES"];

    private readonly Process _process;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private CalibrateProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public TimeSpan Elapsed => _clock.Elapsed;

    public static CalibrateProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(typeof(Calibrate.Cli.Program).Assembly.Location);
        args.ToList().ForEach(start.ArgumentList.Add);
        foreach (var name in start.Environment.Keys.Where(k => Inherited.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new CalibrateProcess(process);
    }

    /// <summary>Runs to its end; fails the test if it does not end within <paramref name="limit"/> or exits non-zero.</summary>
    public void WaitForSuccess(TimeSpan limit)
    {
        Assert.That(_process.WaitForExit(limit), Is.True, $"calibrate did not finish within {limit}");
        Assert.That(_process.ExitCode, Is.Zero, "calibrate failed");
    }

    /// <summary>Waits until <paramref name="reached"/> holds, the progress to kill at; fails if calibrate ends or stalls first.</summary>
    public void WaitUntil(Func<bool> reached, TimeSpan limit)
    {
        while (!reached())
        {
            Assert.That(_process.HasExited, Is.False, "calibrate ended before the point it was to be killed at");
            Assert.That(Elapsed, Is.LessThan(limit), "calibrate never reached the point it was to be killed at");
            Thread.Sleep(10);
        }
    }

    /// <summary>SIGKILL to calibrate and the commands it runs (a stand-in it waits on dies with it, as `lsadmin` would).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}

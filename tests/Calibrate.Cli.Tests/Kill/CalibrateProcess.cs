using System.Diagnostics;
using System.Text;

namespace Calibrate.Cli.Tests.Kill;

/// <summary>
/// A real calibrate process (`dotnet Calibrate.Cli.dll ...`) for the kill tests: started in a working directory with
/// the node's variables given and none inherited from the test's environment, its output read concurrently, and
/// killed with SIGKILL, its whole tree by the PID started (no finally blocks, no disposal, no SQLite rollback).
/// </summary>
internal sealed class CalibrateProcess : IDisposable
{
    /// <summary>
    /// Prefixes of the test's environment variables that would point calibrate at another store, configuration, lock,
    /// LSF or MJF directory: none is inherited, the test gives what the node has.
    /// </summary>
    private static readonly string[] Inherited = ["CALIBRATE_", "LSF_", "MACHINEFEATURES", "JOBFEATURES"];

    /// <summary>The exit code .NET reports for a process ended by SIGKILL: 128 + 9.</summary>
    private const int KilledExitCode = 137;

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private CalibrateProcess(Process process)
    {
        _process = process;
        Clock = Stopwatch.StartNew();
    }

    /// <summary>Time since the process was started.</summary>
    public Stopwatch Clock { get; }

    public int Id => _process.Id;

    public TimeSpan Elapsed => Clock.Elapsed;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public static CalibrateProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(typeof(Calibrate.Cli.Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => Inherited.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new CalibrateProcess(Process.Start(start)!);
        process._process.OutputDataReceived += (_, line) => Append(process._output, line.Data);
        process._process.ErrorDataReceived += (_, line) => Append(process._error, line.Data);
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits for the end; false when <paramref name="limit"/> passed first.</summary>
    public bool WaitForExit(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit))
        {
            return false;
        }

        // The parameterless wait also drains the redirected output.
        _process.WaitForExit();
        return true;
    }

    /// <summary>
    /// Sleeps until <paramref name="moment"/> after the start and sends SIGKILL to the whole tree; true when the process
    /// was still running then (false: it had ended by itself, and nothing was killed).
    /// </summary>
    public bool KillAt(TimeSpan moment)
    {
        var left = moment - Clock.Elapsed;
        if (left > TimeSpan.Zero && _process.WaitForExit(left))
        {
            _process.WaitForExit();
            return false;
        }

        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();

        // .NET reports a process ended by a signal as 128 + the signal; one that ended by itself just before has its own code.
        return _process.ExitCode == KilledExitCode;
    }

    /// <summary>Runs to its end; fails the test if it does not end within <paramref name="limit"/> or exits non-zero.</summary>
    public void WaitForSuccess(TimeSpan limit)
    {
        Assert.That(WaitForExit(limit), Is.True, $"calibrate did not finish within {limit}");
        Assert.That(_process.ExitCode, Is.Zero, $"calibrate failed: {Error}");
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

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.Append(line).Append('\n');
        }
    }
}

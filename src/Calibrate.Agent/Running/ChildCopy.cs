using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Calibrate.Agent.Worker;
using Calibrate.Core.Topology;
using Calibrate.Workloads;

namespace Calibrate.Agent.Running;

/// <summary>
/// One copy's child process: started with an argument list, its stdout read line by line into messages and its
/// stderr collected concurrently (so neither pipe can fill and stall it), killed with its whole tree on disposal.
/// </summary>
public sealed class ChildCopy : IAsyncDisposable
{
    private const int StderrKeepChars = 4000;
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly Task _stdoutPump;
    private readonly Task _stderrPump;

    private ChildCopy(int copy, Process process, Channel<(int Copy, WorkerMessage? Message)> sink)
    {
        Copy = copy;
        _process = process;
        _stdoutPump = PumpStdoutAsync(sink.Writer);
        _stderrPump = PumpStderrAsync();
    }

    public int Copy { get; }

    public int ProcessId => _process.Id;

    public static ChildCopy Start(
        WorkerLaunch launch,
        int copy,
        IReadOnlyList<string> kernels,
        CpuSet? cpus,
        TimeSpan hardLimit,
        Channel<(int Copy, WorkerMessage? Message)> sink)
    {
        ArgumentNullException.ThrowIfNull(launch);
        ArgumentNullException.ThrowIfNull(sink);
        var psi = new ProcessStartInfo(launch.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.ASCII,
        };
        foreach (var arg in launch.PrefixArguments)
        {
            psi.ArgumentList.Add(arg);
        }

        psi.ArgumentList.Add("--copy");
        psi.ArgumentList.Add(copy.ToString(CultureInfo.InvariantCulture));
        psi.ArgumentList.Add("--kernels");
        psi.ArgumentList.Add(string.Join(',', kernels));
        psi.ArgumentList.Add("--max-seconds");
        psi.ArgumentList.Add(hardLimit.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture));
        if (cpus is not null)
        {
            psi.ArgumentList.Add("--cpus");
            psi.ArgumentList.Add(cpus.ToString());
        }

        foreach (var (key, value) in ReferenceEnvironment.Variables)
        {
            psi.Environment[key] = value;
        }

        var process = Process.Start(psi) ?? throw new RunFailedException($"could not start copy {copy} ({launch.FileName})");
        return new ChildCopy(copy, process, sink);
    }

    public async Task SendAsync(string line)
    {
        try
        {
            await _process.StandardInput.WriteLineAsync(line);
            await _process.StandardInput.FlushAsync();
        }
        catch (IOException)
        {
            // The copy already exited; its exit is reported through its output and exit code.
        }
    }

    public string StderrTail
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString().Trim();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            await Task.WhenAll(_stdoutPump, _stderrPump);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task PumpStdoutAsync(ChannelWriter<(int, WorkerMessage?)> sink)
    {
        string? line;
        while ((line = await _process.StandardOutput.ReadLineAsync()) is not null)
        {
            var message = WorkerMessage.Parse(line);
            if (message is not null)
            {
                await sink.WriteAsync((Copy, message));
            }
        }

        // End of output: the copy exited.
        await sink.WriteAsync((Copy, null));
    }

    private async Task PumpStderrAsync()
    {
        string? line;
        while ((line = await _process.StandardError.ReadLineAsync()) is not null)
        {
            lock (_stderr)
            {
                _stderr.AppendLine(line);
                if (_stderr.Length > StderrKeepChars)
                {
                    _stderr.Remove(0, _stderr.Length - StderrKeepChars);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}

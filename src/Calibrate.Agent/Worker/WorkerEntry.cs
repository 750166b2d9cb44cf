using System.Globalization;
using Calibrate.Agent.Affinity;
using Calibrate.Core.Topology;
using Calibrate.Workloads;
using Calibrate.Workloads.Probes;

namespace Calibrate.Agent.Worker;

/// <summary>
/// The body of one copy's process, callable from any host: parses the worker's arguments
/// (<c>--copy N --kernels a,b,c --max-seconds S [--cpus LIST]</c>), pins the whole process, builds the kernels and runs
/// the <see cref="WorkerLoop"/> over the given streams. The shipped host is Calibrate.Worker; tests host it with
/// kernels of their own.
/// </summary>
public static class WorkerEntry
{
    /// <summary>Exit code of a copy that could not start (bad arguments, an unknown kernel, pinning refused).</summary>
    public const int StartFailed = 1;

    public static int Run(IReadOnlyList<string> args, Func<string, IKernel> createKernel, TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(createKernel);
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            var options = WorkerArguments.Parse(args);
            if (options.Cpus is { } cpus)
            {
                LinuxAffinity.SetForWholeProcess(cpus);
            }

            var kernels = options.Kernels.Select(createKernel).ToArray();
            var loop = new WorkerLoop(kernels, NoiseProbes.CreateAll(), options.Copy, input, output, options.MaxTime);
            return loop.Run(OperatingSystem.IsLinux() ? LinuxAffinity.Get() : CpuSet.Range(0, Environment.ProcessorCount));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or IOException)
        {
            output.WriteLine(new WorkerMessage.Failure(e.Message.ReplaceLineEndings(" ")).Format());
            output.Flush();
            return StartFailed;
        }
    }

    /// <summary>The copy's arguments, as <see cref="Running.ChildCopy"/> writes them.</summary>
    public sealed record WorkerArguments(int Copy, IReadOnlyList<string> Kernels, TimeSpan MaxTime, CpuSet? Cpus)
    {
        public static WorkerArguments Parse(IReadOnlyList<string> args)
        {
            ArgumentNullException.ThrowIfNull(args);
            int? copy = null;
            string[]? kernels = null;
            var maxSeconds = 600;
            CpuSet? cpus = null;
            for (var i = 0; i < args.Count; i++)
            {
                var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"worker option {args[i]} needs a value");
                switch (args[i])
                {
                    case "--copy":
                        copy = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                        break;
                    case "--kernels":
                        kernels = value.Split(',', StringSplitOptions.RemoveEmptyEntries);
                        break;
                    case "--max-seconds":
                        maxSeconds = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                        break;
                    case "--cpus":
                        cpus = CpuSet.Parse(value);
                        break;
                    default:
                        throw new ArgumentException($"unknown worker option '{args[i]}'");
                }

                i++;
            }

            return new WorkerArguments(
                copy ?? throw new ArgumentException("the worker needs --copy"),
                kernels is { Length: > 0 } ? kernels : throw new ArgumentException("the worker needs --kernels"),
                TimeSpan.FromSeconds(maxSeconds),
                cpus);
        }
    }
}

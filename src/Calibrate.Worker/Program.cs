using Calibrate.Agent.Worker;
using Calibrate.Workloads;

namespace Calibrate.Worker;

/// <summary>calibrate-worker: one copy of a measurement, started by the runner (<see cref="WorkerEntry"/>).</summary>
public static class Program
{
    public static int Main(string[] args) => WorkerEntry.Run(args, KernelCatalog.Create, Console.In, Console.Out);
}

using System.Globalization;
using Calibrate.Agent.Worker;

namespace Calibrate.Agent.Tests.Worker;

/// <summary>Hosts <see cref="WorkerEntry"/> with <see cref="TestKernel"/>s; each kernel knows its copy, so a fault can hit one copy only.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var at = Array.IndexOf(args, "--copy");
        var copy = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 0;
        return WorkerEntry.Run(args, name => TestKernel.Parse(name, copy), Console.In, Console.Out);
    }
}

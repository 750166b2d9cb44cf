using System.Reflection;
using System.Runtime.Loader;

namespace Calibrate.UnitShares;

/// <summary>A kernel of an earlier build of Calibrate.Workloads, loaded beside today's in its own load context.</summary>
internal sealed class OldKernel
{
    private readonly object _kernel;
    private readonly MethodInfo _runUnit;

    private OldKernel(object kernel)
    {
        _kernel = kernel;
        var type = kernel.GetType();
        _runUnit = type.GetMethod("RunUnit") ?? type.GetMethod("RunIteration") ?? throw new InvalidOperationException($"{type} has no RunUnit");
        ReferenceSeconds = (double)type.GetProperty("ReferenceSeconds")!.GetValue(kernel)!;
        ExpectedChecksum = (ulong)type.GetProperty("ExpectedChecksum")!.GetValue(kernel)!;
    }

    public double ReferenceSeconds { get; }

    public ulong ExpectedChecksum { get; }

    public static OldKernel Create(string assemblyPath, string name)
    {
        var context = new AssemblyLoadContext("old-workloads");
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        var catalog = assembly.GetType("Calibrate.Workloads.KernelCatalog") ?? throw new InvalidOperationException("no KernelCatalog in " + assemblyPath);
        var create = catalog.GetMethod("Create", [typeof(string)]) ?? throw new InvalidOperationException("no KernelCatalog.Create(string)");
        var kernel = new OldKernel(create.Invoke(null, [name])!);
        kernel._kernel.GetType().GetMethod("Setup")!.Invoke(kernel._kernel, null);
        return kernel;
    }

    public ulong RunUnit() => (ulong)_runUnit.Invoke(_kernel, null)!;
}

namespace Calibrate.Agent.Running;

/// <summary>
/// How to start a copy: the executable and the arguments before the worker's own ones. Copies run calibrate-worker
/// (src/Calibrate.Worker), which ships beside the tool that plans them, so every copy runs exactly that tool's kernels.
/// </summary>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> PrefixArguments)
{
    /// <summary>The worker's assembly file name, next to calibrate.dll in every build and install.</summary>
    public const string WorkerAssembly = "calibrate-worker.dll";

    /// <summary>calibrate-worker.dll beside the running application, started by the same dotnet host.</summary>
    public static WorkerLaunch Default() => ForAssembly(Path.Combine(AppContext.BaseDirectory, WorkerAssembly));

    /// <summary>`dotnet ASSEMBLY`, with the dotnet host that runs this process.</summary>
    public static WorkerLaunch ForAssembly(string assemblyPath)
    {
        ArgumentNullException.ThrowIfNull(assemblyPath);
        return new WorkerLaunch(DotnetHost(), [assemblyPath]);
    }

    /// <summary>The dotnet host: this process's when it is dotnet, else $DOTNET_HOST_PATH, else dotnet on the PATH.</summary>
    public static string DotnetHost()
    {
        var host = Environment.ProcessPath;
        return host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? host
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
    }
}

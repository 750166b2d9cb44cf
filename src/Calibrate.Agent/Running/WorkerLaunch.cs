namespace Calibrate.Agent.Running;

/// <summary>
/// How to start a copy: the executable and the arguments before the worker's own ones. Copies run the calibrate
/// assembly itself (its hidden "__worker" command), so every copy runs exactly the code of the tool that plans it.
/// </summary>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> PrefixArguments)
{
    public const string WorkerVerb = "__worker";

    /// <summary>The running calibrate: its apphost if it has one, else `dotnet calibrate.dll`.</summary>
    public static WorkerLaunch ForAssembly(string assemblyPath)
    {
        ArgumentNullException.ThrowIfNull(assemblyPath);
        var host = Environment.ProcessPath;
        var dotnet = host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? host
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        return new WorkerLaunch(dotnet, [assemblyPath, WorkerVerb]);
    }
}

using System.Reflection;
using System.Runtime.InteropServices;
using Calibrate.Core.Results;
using Calibrate.Workloads;

namespace Calibrate.Node.Hosting;

/// <summary>The tool's version and commit (stamped at build from git), and the provenance recorded in every result.</summary>
public static class ToolInfo
{
    private static readonly string Informational =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string Version => Informational.Split('+')[0];

    public static string? Commit => Informational.Contains('+', StringComparison.Ordinal) ? Informational.Split('+')[1] : null;

    public static Provenance Provenance() => new()
    {
        ToolVersion = Version,
        Commit = Commit,
        RuntimeVersion = RuntimeInformation.FrameworkDescription,
        OsDescription = RuntimeInformation.OSDescription,
        RuntimeKnobs = ReferenceEnvironment.Variables.ToDictionary(kv => kv.Key, kv => kv.Value),
    };
}

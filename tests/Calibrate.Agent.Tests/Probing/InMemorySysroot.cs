using Calibrate.Agent.Probing;

namespace Calibrate.Agent.Tests.Probing;

/// <summary>A sysroot of a few inline files, for reader rules that no capture shows.</summary>
internal sealed class InMemorySysroot(Dictionary<string, string> files) : ISysroot
{
    public string Description => "sysroot (in memory)";

    public string? ReadText(string path) => files.GetValueOrDefault(path);

    public bool Exists(string path) => files.Keys.Any(k => k == path || k.StartsWith(path + "/", StringComparison.Ordinal));

    public IReadOnlyList<string> ListNames(string directory) =>
        files.Keys
            .Where(k => k.StartsWith(directory + "/", StringComparison.Ordinal))
            .Select(k => k[(directory.Length + 1)..].Split('/')[0])
            .Distinct()
            .ToList();
}

using System.Globalization;

namespace Calibrate.Cli.Tests.Boot;

/// <summary>
/// Stand-in batch tools (scontrol, condor_reconfig, bsub, bjobs...) as shell scripts in a bin directory put first on
/// the PATH that calibrate hands its children (the CliRunner's, not this process's). Each logs its argv, one line
/// per call; prints out/TOOL when it exists; hangs when its name is listed in hang.
/// </summary>
internal sealed class StandInBin : IDisposable
{
    private const string Script = """
        #!/bin/sh
        here=$(dirname "$0")
        name=$(basename "$0")
        echo "$name $*" >> "$here/../calls.log"
        if grep -qx "$name" "$here/../hang" 2>/dev/null; then sleep 300; fi
        if [ -f "$here/../out/$name" ]; then cat "$here/../out/$name"; fi
        exit 0
        """;

    public StandInBin(params string[] tools)
    {
        Directory.CreateDirectory(Path.Combine(Root, "bin"));
        Directory.CreateDirectory(Path.Combine(Root, "out"));
        foreach (var tool in tools)
        {
            var path = Path.Combine(Root, "bin", tool);
            File.WriteAllText(path, Script + "\n");
            MakeExecutable(path);
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "calibrate-standins-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));

    public string SearchPath => Path.Combine(Root, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");

    public IReadOnlyList<string> Calls => File.Exists(Path.Combine(Root, "calls.log")) ? File.ReadAllLines(Path.Combine(Root, "calls.log")) : [];

    public StandInBin Hang(string tool)
    {
        File.AppendAllText(Path.Combine(Root, "hang"), tool + "\n");
        return this;
    }

    /// <summary>Replaces a tool with a script of its own (e.g. a bsub that counts job ids).</summary>
    public StandInBin Tool(string tool, string script)
    {
        var path = Path.Combine(Root, "bin", tool);
        File.WriteAllText(path, script);
        MakeExecutable(path);
        return this;
    }

    public StandInBin Output(string tool, string text)
    {
        File.WriteAllText(Path.Combine(Root, "out", tool), text);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}

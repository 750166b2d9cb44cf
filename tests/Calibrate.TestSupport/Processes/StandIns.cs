using System.Globalization;
using Calibrate.Platform.Processes;
using Calibrate.TestSupport.Files;

namespace Calibrate.TestSupport.Processes;

/// <summary>
/// Stand-in executables for the batch systems' tools (lsadmin, badmin, bsub, bjobs, condor_reconfig, qconf, ...):
/// shell scripts in a bin directory of their own that only child processes see, first on their PATH (through
/// <see cref="Runner"/>, or <see cref="SearchPath"/> handed to calibrate as its PATH); this process's PATH is left alone.
/// </summary>
/// <remarks>
/// Every call appends its argv to a log, one line per call: the program and each argument separated by '|'
/// (<see cref="Calls"/>, <see cref="ArgumentsOf"/>). A tool then hangs or fails when told to (<see cref="Hang"/>,
/// <see cref="Fail"/>), else prints the canned output for its first argument or for any call (<see cref="Output(string, string)"/>),
/// or runs a behaviour of its own (<see cref="Behave"/>). What a tool is told is kept in files next to it, so it acts
/// the same whether this process or a calibrate it hosts runs it.
/// </remarks>
public sealed class StandIns : IDisposable
{
    /// <summary>
    /// Runs first in every stand-in: log, hang, fail. Rules are matched against "TOOL" and "TOOL FIRST-ARGUMENT";
    /// a fail rule is "TIMES|KEY" (TIMES empty: always).
    /// </summary>
    private const string Prelude = """
        #!/bin/sh
        here=$(cd "$(dirname "$0")/.." && pwd)
        name=$(basename "$0")
        first="${1:-}"
        line="$name"
        for a in "$@"; do line="$line|$a"; done
        printf '%s\n' "$line" >> "$here/calls.log"
        if [ -f "$here/hang" ] && awk -v a="$name" -v b="$name $first" '$0 == a || $0 == b { found = 1 } END { exit !found }' "$here/hang"; then
          exec sleep 300
        fi
        if [ -f "$here/fail" ]; then
          times=$(awk -F'|' -v a="$name" -v b="$name $first" '$2 == a || $2 == b { print "rule" $1; exit }' "$here/fail")
          if [ -n "$times" ]; then
            times=${times#rule}
            n=$(cat "$here/failed_$name" 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" > "$here/failed_$name"
            if [ -z "$times" ] || [ "$n" -le "$times" ]; then
              echo "$name: stand-in told to fail ($n)" >&2
              exit 3
            fi
          fi
        fi

        """;

    private const string CannedOutput = """
        if [ -f "$here/out/${name}_$first" ]; then cat "$here/out/${name}_$first"; elif [ -f "$here/out/$name" ]; then cat "$here/out/$name"; fi
        exit 0
        """;

    private readonly TempDirectory _root = new("calibrate-standins");

    public StandIns(params string[] tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        Directory.CreateDirectory(_root.Combine("bin"));
        Directory.CreateDirectory(_root.Combine("out"));
        foreach (var tool in tools)
        {
            Write(tool, CannedOutput);
        }
    }

    /// <summary>The folder a <see cref="Behave"/> script finds as $here, for files of its own.</summary>
    public string Root => _root.Path;

    /// <summary>The PATH for a child: the stand-ins first, then this process's PATH.</summary>
    public string SearchPath => _root.Combine("bin") + ":" + Environment.GetEnvironmentVariable("PATH");

    /// <summary>One line per call, in order: "tool|arg1|arg2".</summary>
    public IReadOnlyList<string> Calls =>
        File.Exists(_root.Combine("calls.log")) ? File.ReadAllLines(_root.Combine("calls.log")) : [];

    /// <summary>The argument vectors <paramref name="tool"/> was called with, in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ArgumentsOf(string tool) =>
        [.. Calls.Select(c => c.Split('|')).Where(c => c[0] == tool).Select(c => c[1..])];

    /// <summary>Calls to <paramref name="key"/> ("tool" or "tool first-argument") hang until killed.</summary>
    public StandIns Hang(string key)
    {
        File.AppendAllText(_root.Combine("hang"), key + "\n");
        return this;
    }

    /// <summary>Calls to <paramref name="key"/> ("tool" or "tool first-argument") exit 3 with a message on stderr, the first <paramref name="times"/> of them or all.</summary>
    public StandIns Fail(string key, int? times = null)
    {
        File.AppendAllText(_root.Combine("fail"), string.Create(CultureInfo.InvariantCulture, $"{times}|{key}\n"));
        return this;
    }

    /// <summary>What <paramref name="tool"/> prints on every call without its own output for the first argument.</summary>
    public StandIns Output(string tool, string text)
    {
        File.WriteAllText(_root.Combine("out", tool), text);
        return this;
    }

    /// <summary>What <paramref name="tool"/> prints when called with <paramref name="firstArgument"/> first.</summary>
    public StandIns Output(string tool, string firstArgument, string text)
    {
        File.WriteAllText(_root.Combine("out", tool + "_" + firstArgument), text);
        return this;
    }

    /// <summary>
    /// Gives <paramref name="tool"/> a behaviour of its own: shell lines run after the call is logged (and unless it is
    /// told to hang or fail), with the arguments in "$@", $name, $first, and $here for files that keep its state.
    /// </summary>
    public StandIns Behave(string tool, string script)
    {
        Write(tool, script);
        return this;
    }

    /// <summary>A runner whose children find the stand-ins first on their PATH.</summary>
    public ProcessCommandRunner Runner() => new(new Dictionary<string, string> { ["PATH"] = SearchPath });

    /// <summary>Fast retries for tests: 3 attempts 10 ms apart, a 5 s timeout unless given.</summary>
    public CommandExecutor Executor(TimeSpan? timeout = null) =>
        new(Runner(), new RetryPolicy { Attempts = 3, InitialDelay = TimeSpan.FromMilliseconds(10), Timeout = timeout ?? TimeSpan.FromSeconds(5) });

    public void Dispose() => _root.Dispose();

    private void Write(string tool, string body)
    {
        var path = _root.Combine("bin", tool);
        File.WriteAllText(path, (Prelude + body).Replace("\r", string.Empty, StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        }
    }
}

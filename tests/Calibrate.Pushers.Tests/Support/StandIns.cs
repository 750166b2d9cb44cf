using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Tests.Support;

/// <summary>
/// Stand-in executables (lsadmin, badmin, lshosts, condor_reconfig, qconf, ...) written as small shell scripts into a
/// bin directory that only the child processes see first on their PATH. Each appends its argv to a log, one line per
/// call with arguments separated by `|`; prints out/&lt;tool&gt;_&lt;first argument&gt; when that file exists; and fails
/// or hangs when told: FAIL/HANG hold "tool first-argument" pairs, FAIL_TIMES limits how often it fails.
/// </summary>
public sealed class StandIns : IDisposable
{
    private const string Script = """
        #!/bin/sh
        name=$(basename "$0")
        here=$(dirname "$0")
        line="$name"
        for a in "$@"; do line="$line|$a"; done
        echo "$line" >> "$here/../calls.log"
        key="$name ${1:-}"
        if [ -n "${STANDIN_HANG:-}" ] && echo "$STANDIN_HANG" | grep -qx "$key"; then sleep 300; fi
        if [ -n "${STANDIN_FAIL:-}" ] && echo "$STANDIN_FAIL" | grep -qx "$key"; then
          count_file="$here/../fails_$name"
          n=$(cat "$count_file" 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" > "$count_file"
          if [ -z "${STANDIN_FAIL_TIMES:-}" ] || [ "$n" -le "$STANDIN_FAIL_TIMES" ]; then
            echo "$name: stand-in told to fail ($n)" >&2
            exit 3
          fi
        fi
        out="$here/../out/${name}_${1:-}"
        if [ -f "$out" ]; then cat "$out"; fi
        exit 0
        """;

    private readonly TempDirectory _root = new();
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public StandIns(params string[] tools)
    {
        Directory.CreateDirectory(_root.Combine("bin"));
        Directory.CreateDirectory(_root.Combine("out"));
        foreach (var tool in tools)
        {
            var path = _root.Combine("bin", tool);
            File.WriteAllText(path, Script.Replace("\r", string.Empty, StringComparison.Ordinal) + "\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        }

        _environment["PATH"] = _root.Combine("bin") + ":" + Environment.GetEnvironmentVariable("PATH");
    }

    public IReadOnlyList<string> Calls =>
        File.Exists(_root.Combine("calls.log")) ? File.ReadAllLines(_root.Combine("calls.log")) : [];

    public StandIns Fail(string toolAndFirstArgument, int? times = null)
    {
        _environment["STANDIN_FAIL"] = toolAndFirstArgument;
        if (times is { } n)
        {
            _environment["STANDIN_FAIL_TIMES"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return this;
    }

    public StandIns Hang(string toolAndFirstArgument)
    {
        _environment["STANDIN_HANG"] = toolAndFirstArgument;
        return this;
    }

    public StandIns Output(string tool, string firstArgument, string text)
    {
        File.WriteAllText(_root.Combine("out", tool + "_" + firstArgument), text);
        return this;
    }

    public ProcessCommandRunner Runner() => new(new Dictionary<string, string>(_environment));

    /// <summary>Fast retries for tests: 3 attempts 10 ms apart, a 5 s timeout.</summary>
    public CommandExecutor Executor(TimeSpan? timeout = null) =>
        new(Runner(), new RetryPolicy { Attempts = 3, InitialDelay = TimeSpan.FromMilliseconds(10), Timeout = timeout ?? TimeSpan.FromSeconds(5) });

    public void Dispose() => _root.Dispose();
}

using System.Globalization;

namespace Calibrate.TestSupport.Processes;

/// <summary>
/// LSF's lsadmin, badmin and lshosts as stand-ins over a real configuration directory, with LIM's view of it: LIM holds
/// the lsf.shared and lsf.cluster.* it read at its last `lsadmin reconfig` (one copy, swapped in by a rename, first
/// taken when this is created, as by a LIM started then), and `lshosts -w` prints each static host of that copy with its
/// model's CPU factor in LSF's format (header `HOST_NAME type model cpuf ncpus maxmem maxswp server RESOURCES`, cpuf
/// with one decimal, integration.md 2.3 and 7). So a reconfiguration that did not happen shows the old factor.
/// </summary>
public static class SimulatedLim
{
    private const string Delay = """
        if [ -f "$here/delay" ]; then sleep "$(cat "$here/delay")"; fi

        """;

    private const string Lsadmin = """
        case "$first" in
          reconfig)
            if [ ! -f "$here/reconfig-ignored" ]; then
              cat "$conf/lsf.shared" "$conf"/lsf.cluster.* > "$here/lim.new" && mv "$here/lim.new" "$here/lim"
            fi
            printf '\nChecking configuration files ...\nNo errors found.\n\nRestart only the master candidate hosts? [y/n] y\n' ;;
          ckconfig) printf '\nChecking configuration files ...\nNo errors found.\n' ;;
        esac
        exit 0
        """;

    private const string Badmin = """
        printf '\nChecking configuration files ...\n\nNo errors found.\n\nMBD restart initiated\n'
        exit 0
        """;

    // Continuation lines joined, comments dropped; columns of the Host section found by their keyword line.
    private const string Lshosts = """
        if [ "$first" != "-w" ]; then echo "lshosts: the stand-in shows -w only" >&2; exit 2; fi
        if [ ! -f "$here/lim" ]; then echo "ls_gethostinfo(): LIM is down; try later" >&2; exit 255; fi
        awk '
        {
          line = $0
          while (line ~ /\\[ \t]*$/ && (getline more) > 0) { sub(/\\[ \t]*$/, " ", line); line = line more }
          sub(/#.*/, "", line)
          n = split(line, w, " ")
          if (n == 0) next
          if (w[1] == "Begin") { section = w[2]; header = 1; next }
          if (w[1] == "End") { section = ""; next }
          if (section == "HostModel") { if (header) { header = 0; next } factor[w[1]] = w[2]; next }
          if (section == "Host") {
            if (header) { for (i = 1; i <= n; i++) col[w[i]] = i; header = 0; next }
            hosts++; name[hosts] = w[col["HOSTNAME"]]; model[hosts] = w[col["model"]]; type[hosts] = w[col["type"]]
          }
        }
        END {
          printf "%-24s %10s %12s %5s %5s %6s %6s %6s %s\n", "HOST_NAME", "type", "model", "cpuf", "ncpus", "maxmem", "maxswp", "server", "RESOURCES"
          for (i = 1; i <= hosts; i++)
            printf "%-24s %10s %12s %5.1f %5d %6s %6s %6s %s\n", name[i], type[i], model[i], factor[model[i]] + 0, 64, "251.5G", "-", "Yes", "()"
        }' "$here/lim"
        """;

    /// <summary>The stand-ins, with LIM started on <paramref name="confDir"/> as it is now.</summary>
    public static StandIns Start(string confDir)
    {
        ArgumentNullException.ThrowIfNull(confDir);
        var conf = $"conf='{Path.GetFullPath(confDir)}'\n";
        var lsf = new StandIns()
            .Behave("lsadmin", conf + Delay + Lsadmin)
            .Behave("badmin", Delay + Badmin)
            .Behave("lshosts", Delay + Lshosts);
        Restart(lsf, confDir);
        return lsf;
    }

    /// <summary>LIM (re)started now: it reads the configuration as it is, as after an `lsadmin reconfig`.</summary>
    public static void Restart(StandIns lsf, string confDir)
    {
        ArgumentNullException.ThrowIfNull(lsf);
        var files = Directory.GetFiles(confDir, "lsf.cluster.*").Order(StringComparer.Ordinal).Prepend(Path.Combine(confDir, "lsf.shared"));
        File.WriteAllText(Path.Combine(lsf.Root, "lim"), string.Concat(files.Select(File.ReadAllText)));
    }

    /// <summary>`lsadmin reconfig` exits 0 and LIM keeps what it had, as volclava's does without a terminal (integration.md 7).</summary>
    public static StandIns IgnoreReconfig(this StandIns lsf, bool ignore = true)
    {
        ArgumentNullException.ThrowIfNull(lsf);
        var flag = Path.Combine(lsf.Root, "reconfig-ignored");
        if (ignore)
        {
            File.WriteAllText(flag, "");
        }
        else
        {
            File.Delete(flag);
        }

        return lsf;
    }

    /// <summary>Each of lsadmin, badmin and lshosts takes <paramref name="each"/>, as LSF's do when they talk to the daemons.</summary>
    public static StandIns Slow(this StandIns lsf, TimeSpan each)
    {
        ArgumentNullException.ThrowIfNull(lsf);
        File.WriteAllText(Path.Combine(lsf.Root, "delay"), each.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture));
        return lsf;
    }

    /// <summary>Stops telling calls to <paramref name="key"/> to hang (<see cref="StandIns.Hang"/>).</summary>
    public static StandIns Unhang(this StandIns lsf, string key)
    {
        ArgumentNullException.ThrowIfNull(lsf);
        var rules = Path.Combine(lsf.Root, "hang");
        if (File.Exists(rules))
        {
            File.WriteAllLines(rules, File.ReadAllLines(rules).Where(l => l != key));
        }

        return lsf;
    }
}

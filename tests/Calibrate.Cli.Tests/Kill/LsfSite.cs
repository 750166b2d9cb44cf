using System.Globalization;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Lsf;
using Calibrate.Store.Files;
using Calibrate.TestSupport.Processes;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Kill;

/// <summary>
/// An LSF master for `push lsf`: a configuration directory with two static hosts (lsfmaster, and wn042, the result's
/// node, on the site model IntelI5), the push's spool, the result file, and <see cref="SimulatedLim"/> stand-ins with
/// LIM started on the configuration as written here. calibrate runs in process (<see cref="Cli"/>) or as a real
/// process (<see cref="Start"/>), each with the stand-ins first on its PATH.
/// </summary>
internal sealed class LsfSite : IDisposable
{
    public const string Host = "wn042";

    public const string SiteModel = "IntelI5";

    private const string Shared = """
        Begin Cluster
        ClusterName                     # Keyword
        kill
        End Cluster

        Begin HostType
        TYPENAME                        # Keyword
        X86_64
        End HostType

        Begin HostModel
        MODELNAME  CPUFACTOR   ARCHITECTURE # keyword
        IntelI5    100         (x86_64)
        End HostModel

        Begin Resource
        RESOURCENAME  TYPE    INTERVAL INCREASING  DESCRIPTION        # Keyword
           mg         Boolean ()       ()          (Management hosts)
        End Resource

        """;

    private const string Cluster = """
        Begin   ClusterAdmins
        Administrators = lsfadmin
        End    ClusterAdmins

        Begin   Host
        HOSTNAME  model     type     server  r1m  pg  tmp  RESOURCES  RUNWINDOW  # Keywords
        lsfmaster IntelI5   X86_64   1       3.5  15  0    (mg)       ()
        wn042     IntelI5   X86_64   1       -    -   -    ()         ()
        End     Host

        """;

    public LsfSite()
    {
        Directory.CreateDirectory(ConfDir);
        File.WriteAllText(SharedPath, Shared);
        File.WriteAllText(ClusterPath, Cluster);
        ResultFiles.Write(ResultFile, new TestResult().Build());
        Lim = SimulatedLim.Start(ConfDir);
        Cli.Environment["PATH"] = Lim.SearchPath;
    }

    public CliRunner Cli { get; } = new();

    public StandIns Lim { get; }

    public string ConfDir => Path.Combine(Cli.WorkingDirectory, "conf");

    public string SpoolDir => Path.Combine(Cli.WorkingDirectory, "spool");

    public string SharedPath => Path.Combine(ConfDir, "lsf.shared");

    public string ClusterPath => Path.Combine(ConfDir, "lsf.cluster.kill");

    public string ResultFile => Path.Combine(Cli.WorkingDirectory, "wn042.json");

    public string JournalPath => Path.Combine(SpoolDir, LsfReconfigJournal.FileName);

    /// <summary>`push lsf` of the result's node, at once (no debounce), verifying for <paramref name="verifySeconds"/>.</summary>
    public string[] PushArgs(double verifySeconds = 5) =>
        ["push", "lsf", "--result-file", ResultFile, .. BatchArgs(verifySeconds)];

    /// <summary>`push lsf` of what is pending only: the store it reads is empty.</summary>
    public string[] PendingPushArgs() =>
        ["push", "lsf", "--store", Path.Combine(Cli.WorkingDirectory, "empty.db"), .. BatchArgs(5)];

    public CalibrateProcess Start(params string[] args) =>
        CalibrateProcess.Start(Cli.WorkingDirectory, new Dictionary<string, string>(Cli.Environment), args);

    /// <summary>wn042 as LIM holds it now, through the stand-in `lshosts -w` read with calibrate's own parser.</summary>
    public LsfHostRow LimView()
    {
        var shown = new CommandExecutor(Lim.Runner(), RetryPolicy.Once).RunAsync(CommandLine.Of("lshosts", "-w"), CancellationToken.None).GetAwaiter().GetResult();
        return LsfHostsTable.Parse(shown.StandardOutput)!.Single(r => r.Host == Host);
    }

    /// <summary>wn042's model in lsf.cluster as it is now, and that model's factor (a calibrate model carries it in its name).</summary>
    public (string Model, double Factor) FilesView()
    {
        var line = File.ReadAllLines(ClusterPath).Single(l => l.StartsWith(Host + " ", StringComparison.Ordinal));
        var model = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return (model, model == SiteModel ? 100 : double.Parse(model[LsfNames.ModelPrefix.Length..].Replace('_', '.'), CultureInfo.InvariantCulture));
    }

    /// <summary>Files beside the configuration and in the spool but LSF's two and the spool's lock: once a push completed, a pending node, the journal, a backup or a temporary is left over.</summary>
    public IReadOnlyList<string> Leftovers() =>
    [
        .. Directory.GetFiles(ConfDir).Select(Path.GetFileName).OfType<string>().Where(f => f is not ("lsf.shared" or "lsf.cluster.kill")),
        .. (Directory.Exists(SpoolDir) ? Directory.GetFiles(SpoolDir) : []).Select(Path.GetFileName).OfType<string>().Where(f => f != ".lock"),
    ];

    public void Dispose()
    {
        Lim.Dispose();
        Cli.Dispose();
    }

    private string[] BatchArgs(double verifySeconds) =>
        ["--conf-dir", ConfDir, "--spool", SpoolDir, "--debounce", "0", "--verify-timeout", verifySeconds.ToString(CultureInfo.InvariantCulture)];
}

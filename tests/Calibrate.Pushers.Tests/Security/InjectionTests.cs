using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.GridEngine;
using Calibrate.Pushers.HtCondor;
using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Slurm;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Processes;

namespace Calibrate.Pushers.Tests.Security;

/// <summary>
/// Values that reach a batch system's file or argument vector are checked against that target's grammar: a newline,
/// a blank or a metacharacter is refused before anything is written or run (issue 15, defect 1).
/// </summary>
public class InjectionTests
{
    private static readonly string[] BadHostNames =
    [
        "wn042\nSTART = False", "wn042\n", "wn042\r", "wn042 x", "wn042;reboot", "wn042\u001b[2J", "-wn042", "wn042$(id)", "",
    ];

    [TestCaseSource(nameof(BadHostNames))]
    public void A_host_name_outside_RFC_1123_is_not_valid(string name) => Assert.That(HostNames.IsValid(name), Is.False);

    [TestCaseSource(nameof(BadHostNames))]
    public void HtCondor_writes_nothing_for_a_host_name_with_configuration_in_it(string name)
    {
        using var dir = new TempDirectory();
        var result = Nodes.Worker with { Hostname = name };
        var error = Assert.Throws<PushConfigException>(() => HtCondorPlanner.Plan(result.Build(), dir.Path, reconfigAvailable: true));
        Assert.That(error!.Message, Does.Not.Contain("\n"));
        Assert.That(Directory.EnumerateFileSystemEntries(dir.Path), Is.Empty);
    }

    [TestCase("wn042\n")]
    [TestCase("wn042\nWeight=0")]
    public void Slurm_refuses_a_node_name_with_a_newline(string node) =>
        Assert.Throws<PushConfigException>(() => SlurmPlanner.ValidateNodeName(node));

    [Test]
    public void Grid_Engine_runs_no_qconf_for_a_host_name_with_a_newline()
    {
        using var bin = new StandIns("qconf");
        Assert.ThrowsAsync<PushConfigException>(() => GridEnginePusher.PlanAsync(Nodes.Worker.Build(), "wn042\n", bin.Executor(), CancellationToken.None));
        Assert.That(bin.Calls, Is.Empty);
    }

    [TestCase("HS06_12_5\n")]
    [TestCase("HS06 12")]
    public void Lsf_model_names_with_blanks_or_newlines_are_not_valid(string model) => Assert.That(LsfNames.IsValidModelName(model), Is.False);

    [TestCase("x86_64\n")]
    [TestCase("x86 64")]
    [TestCase("x86_64(")]
    public void Lsf_architectures_with_blanks_or_newlines_are_not_valid(string architecture) => Assert.That(LsfNames.IsValidArchitecture(architecture), Is.False);
}

using Calibrate.Core.Results;
using Calibrate.Core.Text;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.HtCondor;

/// <summary>
/// Publishes the per-core HS06 in the startd's machine ad the way HTCondor-CE's APEL accounting reads it
/// (htcondor/htcondor-ce contrib/apelscripts/50-ce-apel-defaults.conf; EGI HTCondor-CE APEL guide):
/// `ApelSpecs = [HEPSPEC=&lt;per core&gt;]` added to STARTD_ATTRS (configuration-macros.rst, `&lt;SUBSYS&gt;_ATTRS`).
/// The file goes into config.d, read in lexical order, named 99-... so that it comes last; then `condor_reconfig`
/// ("changes ... will not take effect until condor_reconfig is invoked", condor_config_val.rst) where it exists.
/// HEPscore23 is added to ApelSpecs once results carry a HEPscore23 estimate; today they carry HS06 only.
/// </summary>
public static class HtCondorPlanner
{
    public const string DefaultConfigDirectory = "/etc/condor/config.d";

    public const string FileName = "99-calibrate-hs06.conf";

    public static PushPlan Plan(RunResult result, string configDirectory, bool reconfigAvailable)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!Directory.Exists(configDirectory))
        {
            throw new PushConfigException($"HTCondor configuration directory {configDirectory} does not exist (is HTCondor installed?)");
        }

        // The host name is written into the file: a newline in it would add configuration of its own.
        if (!HostNames.IsValid(result.Hostname))
        {
            throw new PushConfigException($"the result's host name {UntrustedText.Quote(result.Hostname)} is not a valid host name (RFC 1123); nothing written");
        }

        var perCore = PlainNumber.Format(EstimateRequirement.Of(result).Hs06 / PublishGate.LogicalCpus(result), 2);
        var content =
            $"# Written by `calibrate push htcondor` from result {result.Id:D} (node {result.Hostname}).\n" +
            "# Rewritten by every push: do not edit. Per-core HS06 for APEL accounting (HTCondor-CE apelscripts).\n" +
            $"ApelSpecs = [HEPSPEC={perCore}]\n" +
            "STARTD_ATTRS = $(STARTD_ATTRS) ApelSpecs\n";
        var path = Path.Combine(configDirectory, FileName);
        var change = new FileChange(path, FileChange.ReadCurrent(path), content, FileChange.DefaultMode);
        var reconfig = new PlannedCommand(CommandLine.Of("condor_reconfig"), "the startd re-reads its configuration", CommandRole.Apply);
        return new PushPlan
        {
            Target = "htcondor",
            Subject = $"ApelSpecs HEPSPEC={perCore} per core from {EstimateRequirement.Describe(result)} into {path}",
            Files = [change],
            Commands = change.IsChange && reconfigAvailable ? [reconfig] : [],
            Notes = reconfigAvailable ? [] : ["condor_reconfig is not on PATH: the startd takes the change when it next reconfigures or restarts"],
        };
    }
}

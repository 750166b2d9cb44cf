using Calibrate.Core.Results;
using Calibrate.Core.Text;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.HtCondor;

/// <summary>
/// Publishes the per-core figure in the startd's machine ad the way HTCondor-CE's APEL accounting reads it
/// (htcondor/htcondor-ce contrib/apelscripts/50-ce-apel-defaults.conf; EGI HTCondor-CE APEL guide; the scripts match
/// the names case-insensitively): `ApelSpecs = [HEPSPEC=&lt;per core&gt;; HEPscore23=&lt;per core&gt;]` added to
/// STARTD_ATTRS (configuration-macros.rst, `&lt;SUBSYS&gt;_ATTRS`). The figure is the estimate's, in the site's
/// accounting unit; the other unit's key carries it 1:1, as the WLCG accounting migration does.
/// The file goes into config.d, read in lexical order, named 99-... so that it comes last; then `condor_reconfig`
/// ("changes ... will not take effect until condor_reconfig is invoked", condor_config_val.rst) where it exists.
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

        var estimate = EstimateRequirement.Of(result);
        var perCore = PlainNumber.Format(estimate.Value / PublishGate.LogicalCpus(result), 2);
        var content =
            $"# Written by `calibrate push htcondor` from result {result.Id:D} (node {result.Hostname}).\n" +
            $"# Rewritten by every push: do not edit. Per-core {estimate.Unit} for APEL accounting (HTCondor-CE apelscripts);\n" +
            "# HEPSPEC and HEPscore23 carry the same figure, as WLCG's accounting migration carries HS06 into HS23 1:1.\n" +
            $"ApelSpecs = [HEPSPEC={perCore}; HEPscore23={perCore}]\n" +
            "STARTD_ATTRS = $(STARTD_ATTRS) ApelSpecs\n";
        var path = Path.Combine(configDirectory, FileName);
        var change = new FileChange(path, FileChange.ReadCurrent(path), content, FileChange.DefaultMode);
        var reconfig = new PlannedCommand(CommandLine.Of("condor_reconfig"), "the startd re-reads its configuration", CommandRole.Apply);
        return new PushPlan
        {
            Target = "htcondor",
            Subject = $"ApelSpecs HEPSPEC={perCore}; HEPscore23={perCore} per core ({estimate.Unit}) from {EstimateRequirement.Describe(result)} into {path}",
            Files = [change],
            Commands = change.IsChange && reconfigAvailable ? [reconfig] : [],
            Notes = reconfigAvailable ? [] : ["condor_reconfig is not on PATH: the startd takes the change when it next reconfigures or restarts"],
        };
    }
}

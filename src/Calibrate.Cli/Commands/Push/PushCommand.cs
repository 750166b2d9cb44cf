using System.CommandLine;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Push;

/// <summary>`calibrate push TARGET`: publish a result's estimate (HS23 or HS06) and CPU factor where batch systems and jobs read them.</summary>
public static class PushCommand
{
    public static Command Create(CliContext context) =>
        new("push", "Publish a result's estimate (in its unit, HS23 by default) and CPU factor: MJF files, LSF, Slurm, HTCondor, Grid Engine, PBS/Torque, Prometheus (node_exporter's textfile collector); and a queue's or CE's figure per logical CPU over its nodes' stored estimates: ARC CE, APEL client. A single-result target refuses a disturbed, unestimated or implausible result unless --force (arc and apel leave such nodes out); every target changes nothing with --dry-run, and nothing on a second push of the same figures.\n\nExamples:\n  calibrate push mjf --dry-run\n  calibrate push slurm --latest\n  calibrate push lsf --conf-dir /opt/lsf/conf")
        {
            MjfPushCommand.Create(context),
            JobFeaturesPushCommand.Create(context),
            LsfPushCommand.Create(context),
            LsfLocalPushCommand.Create(context),
            SlurmPushCommand.Create(context),
            HtCondorPushCommand.Create(context),
            GridEnginePushCommand.Create(context),
            PbsPushCommand.Create(context),
            PrometheusPushCommand.Create(context),
            ArcPushCommand.Create(context),
            ApelPushCommand.Create(context),
        };
}

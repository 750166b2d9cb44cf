using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Boot;
using Calibrate.Node.Configuration;
using Calibrate.Node.Remeasure;
using Calibrate.Pushers.Common;

namespace Calibrate.Cli.Commands.Boot;

/// <summary>
/// `calibrate remeasure`: for the calibrate-remeasure timer. When the node is idle (<see cref="IdleRule"/>), measure it
/// again with the remeasure profile and publish its running figure (the mean of its recent runs of the same hardware),
/// as boot does; when it is not, say why and leave it alone.
/// </summary>
public static class RemeasureCommand
{
    public static Command Create(CliContext context)
    {
        var config = new Option<string?>("--config") { Description = "The configuration file (as for boot).", HelpName = "FILE" };
        var scheduler = new Option<string?>("--scheduler") { Description = "Whose jobs make the node busy: none, slurm, lsf, htcondor, gridengine or pbs (default: remeasure.scheduler, none).", HelpName = "NAME" };
        var command = new Command("remeasure", "Measure this node again if it is idle (1-minute load under 0.1 per CPU, CPUs under 5% busy over 10 s, and no job of the batch system on it), then store and publish its running figure: the mean of its recent undisturbed runs of the same hardware, whose interval narrows as runs add up. For the calibrate-remeasure systemd timer; not idle: one line, nothing measured, exit 0.\n\nExamples:\n  calibrate remeasure\n  calibrate remeasure --scheduler slurm --config /etc/calibrate/calibrate.yaml")
        {
            config, scheduler,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var site = context.Site(parse.GetValue(config));
            var settings = site.Config.Remeasure;
            var name = parse.GetValue(scheduler) ?? settings.Scheduler;
            if (name != "none" && !JobQuery.Schedulers.Contains(name))
            {
                throw CliException.Usage($"--scheduler '{name}': use none, {string.Join(", ", JobQuery.Schedulers)}");
            }

            var journal = new BootJournal(context.Out, "remeasure");
            var readings = await new IdleProbe(context.Node).ReadAsync(name, HostNames.ShortName(Environment.MachineName), IdleProbe.Window, cancellation);
            if (IdleRule.Refusal(readings) is { } busy)
            {
                journal.Record("skipped", $"not idle: {busy}; nothing measured, the published values stay");
                return ExitCodes.Ok;
            }

            var measured = site.Config with
            {
                Measure = site.Config.Measure with { Profile = settings.Profile },
                Boot = site.Config.Boot with { Budget = settings.Budget },
            };
            var outcome = await new BootPipeline(new Site(site.Environment, measured), journal).RunAsync(cancellation);
            return ExitCodes.Of(outcome);
        });
        return command;
    }
}

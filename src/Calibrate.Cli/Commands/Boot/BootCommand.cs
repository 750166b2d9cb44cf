using System.CommandLine;
using Calibrate.Cli.Commands.Run;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Boot;
using Calibrate.Node.Configuration;

namespace Calibrate.Cli.Commands.Boot;

/// <summary>`calibrate boot`: the node measures itself at start and publishes its CPU factor before it takes jobs.</summary>
public static class BootCommand
{
    public static Command Create(CliContext context)
    {
        var config = new Option<string?>("--config") { Description = "The configuration file. Default: $CALIBRATE_CONFIG, else /etc/calibrate/calibrate.yaml (.yml, .json); none: the defaults (store locally, publish nowhere).", HelpName = "FILE" };
        var fallback = new Option<bool>("--fallback") { Description = "If the measurement fails or is disturbed, publish the last good result of this node when its hardware is unchanged (boot.fallback). Still exits non-zero." };
        var budget = new Option<string?>("--budget") { Description = "The whole boot at most this long, probe to last push (boot.budget, default 60s).", HelpName = "TIME" };
        var wait = new Option<string?>("--wait") { Description = "When another calibrate is measuring this node, wait up to this long (boot.lock_wait; default: refuse at once).", HelpName = "TIME" };
        var command = new Command("boot", "For the node's start (the calibrate-boot systemd unit): probe, a quick run with a precision target under a hard budget, the quality gate, the estimate (in the site's unit, HS23 by default) and CPU factor, store (locally, and centrally when configured), then every configured pusher. One journal line per step. A failed or disturbed measurement publishes nothing and exits non-zero; the previous values stay.\n\nExamples:\n  calibrate boot\n  calibrate boot --config /etc/calibrate/calibrate.yaml --fallback\n  calibrate boot --budget 90s")
        {
            config, fallback, budget, wait,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var site = context.Site(parse.GetValue(config));
            var boot = site.Config.Boot;
            if (parse.GetValue(fallback))
            {
                boot = boot with { Fallback = true };
            }

            if (parse.GetValue(budget) is { } b)
            {
                boot = boot with { Budget = ValueParsers.TryParseDuration(b, out var parsed) ? parsed : throw CliException.Usage($"--budget '{b}' is not a duration such as 60s") };
            }

            if (parse.GetValue(wait) is { } w)
            {
                boot = boot with { LockWait = RunCommand.ParseWait(w) };
            }

            var outcome = await new BootPipeline(new Site(site.Environment, site.Config with { Boot = boot }), new BootJournal(context.Out)).RunAsync(cancellation);
            return ExitCodes.Of(outcome);
        });
        return command;
    }
}

using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.Prometheus;

namespace Calibrate.Cli.Commands.Push;

/// <summary>`calibrate push prometheus`: calibrate.prom for node_exporter's textfile collector.</summary>
public static class PrometheusPushCommand
{
    public static Command Create(CliContext context)
    {
        var options = new PushOptions();
        var dir = new Option<string?>("--dir") { Description = $"node_exporter's textfile directory (its --collector.textfile.directory). Default: {TextfilePlanner.DefaultDirectory}.", HelpName = "DIR" };
        var command = new Command("prometheus", $"Write {TextfilePlanner.FileName} for node_exporter's textfile collector, atomically: the estimate with its interval (unit label HS06), per logical CPU, the CPU factor, the node score, the measurement's finish time and duration, the disturbed flag and calibrate_info.\n\nExamples:\n  calibrate push prometheus --dry-run\n  calibrate push prometheus --dir /var/lib/node_exporter/textfile_collector")
        {
            dir,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            return PushExecution.Run(parse, options, context, "prometheus", new PushersSettings { Prometheus = new PrometheusPusherSettings { Directory = parse.GetValue(dir) } });
        });
        return command;
    }
}

using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.Mjf;

namespace Calibrate.Cli.Commands.Push;

/// <summary>`calibrate push mjf`: $MACHINEFEATURES hs06 and total_cpu (HSF-TN-2016-02).</summary>
public static class MjfPushCommand
{
    public static Command Create(CliContext context)
    {
        var options = new PushOptions();
        var dir = new Option<string?>("--dir") { Description = "The machine features directory. Default: $MACHINEFEATURES, else /etc/machinefeatures.", HelpName = "DIR" };
        var legacy = new Option<bool>("--legacy") { Description = "Also write jobslots, phys_cores and log_cores for readers of the 2013 draft (old DIRAC)." };
        var command = new Command("mjf", "Write $MACHINEFEATURES/hs06 (the whole machine's figure in the site's accounting unit, HS23 by default: the key keeps its name, as no consumer reads an hs23 key) and total_cpu, atomically, mode 0644 (HSF-TN-2016-02).\n\nExamples:\n  calibrate push mjf --dry-run\n  calibrate push mjf --dir /etc/machinefeatures --legacy\n  calibrate push mjf --result-file results/wn042.json")
        {
            dir, legacy,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var settings = new PushersSettings { Mjf = new MjfPusherSettings { Directory = parse.GetValue(dir), Legacy = parse.GetValue(legacy) } };
            return PushExecution.Run(parse, options, context, "mjf", settings);
        });
        return command;
    }
}

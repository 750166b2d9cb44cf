using System.CommandLine;
using Calibrate.Agent.Probing;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;

namespace Calibrate.Cli.Commands;

/// <summary>`calibrate probe`: what node is this? CPUs, topology, NUMA, SMT, hypervisor, governor, allowed CPUs.</summary>
public static class ProbeCommand
{
    public static Command Create(CliContext context)
    {
        var sysroot = new Option<string?>("--sysroot")
        {
            Description = "Read a captured system tree (with proc/ and sys/) instead of this machine's / .",
            HelpName = "DIR",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object for scripts." };
        var command = new Command("probe", "Show what the node is: CPU model, sockets x cores x threads, NUMA, hypervisor, governor and the CPUs this process may use.\n\nExamples:\n  calibrate probe\n  calibrate probe --json | jq .cpu.modelName\n  calibrate probe --sysroot captured-node/")
        {
            sysroot, json,
        };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(sysroot);
            var probe = NodeProber.Probe(root is null ? null : context.ResolvePath(root));
            context.Out.Write(parse.GetValue(json) ? CalibrateJson.Serialize(probe) + "\n" : ProbeSummary.Render(probe));
            return ExitCodes.Ok;
        });
        return command;
    }
}

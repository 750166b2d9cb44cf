using System.CommandLine;
using Calibrate.Cli.Commands.Run;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;
using Calibrate.Node.Measurement;

namespace Calibrate.Cli.Commands.Results;

/// <summary>`calibrate results show ID`: one stored result in full, as the run printed it (or its JSON).</summary>
public static class ShowResultCommand
{
    public static Command Create(CliContext context)
    {
        var id = ResultIdArgument.Create();
        var store = ResultsStoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the stored result JSON (probe, provenance, every sample)." };
        var command = new Command("show", "Show one stored result: node, run, score with interval, the estimate in its unit, interference, conclusions, kernels.\n\nExamples:\n  calibrate results show 3f2b8c1e-5d4a-4e2b-9c1d-0a1b2c3d4e5f\n  calibrate results show 3f2b8c1e-5d4a-4e2b-9c1d-0a1b2c3d4e5f --json | jq .interference")
        {
            id, store, json,
        };
        command.SetAction(parse =>
        {
            var resultId = ResultIdArgument.Read(parse, id);
            using var opened = ResultsStoreOption.Open(parse, store, context);
            var result = opened.Get(resultId) ?? throw new CliException(ExitCodes.Failed, $"no result {resultId} in {opened.Location}");
            context.Out.Write(parse.GetValue(json) ? CalibrateJson.Serialize(result) + "\n" : RunSummary.Render(result, new StoredResult(opened.Location, [], false, null)));
            return ExitCodes.Ok;
        });
        return command;
    }
}

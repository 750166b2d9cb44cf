using System.CommandLine;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Results;

/// <summary>`calibrate results delete ID`: removes one stored result (e.g. a run on a misconfigured node).</summary>
public static class DeleteResultCommand
{
    public static Command Create(CliContext context)
    {
        var id = ResultIdArgument.Create();
        var store = ResultsStoreOption.Create();
        var command = new Command("delete", "Delete one stored result.\n\nExample:\n  calibrate results delete 3f2b8c1e-5d4a-4e2b-9c1d-0a1b2c3d4e5f")
        {
            id, store,
        };
        command.SetAction(parse =>
        {
            var resultId = ResultIdArgument.Read(parse, id);
            using var opened = ResultsStoreOption.Open(parse, store, context);
            if (!opened.Delete(resultId))
            {
                throw new CliException(ExitCodes.Failed, $"no result {resultId} in {opened.Location}");
            }

            context.Out.WriteLine($"deleted {resultId} from {opened.Location}");
            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
using Calibrate.Store;
using Calibrate.Store.Files;

namespace Calibrate.Cli.Commands.Push;

/// <summary>Finds the result a push publishes: --result-file, else --result ID from the store, else the store's newest.</summary>
public static class PushResultSource
{
    public static RunResult Resolve(ParseResult parse, PushOptions options, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        var file = parse.GetValue(options.ResultFile);
        var id = parse.GetValue(options.Result);
        if (new[] { file is not null, id is not null, parse.GetValue(options.Latest) }.Count(x => x) > 1)
        {
            throw CliException.Usage("give one of --result, --latest and --result-file");
        }

        if (file is not null)
        {
            return ResultFiles.Read(context.ResolvePath(file));
        }

        using var store = ResultsStoreOption.Open(parse, options.Store, context);
        if (id is not null)
        {
            return Guid.TryParse(id, CultureInfo.InvariantCulture, out var guid)
                ? store.Get(guid) ?? throw CliException.Usage($"no result {id} in {store.Location}")
                : throw CliException.Usage($"--result {id} is not a result id");
        }

        var newest = store.Query(new ResultFilter { Limit = 1 });
        return newest.Count == 1 && store.Get(newest[0].Id) is { } latest
            ? latest
            : throw CliException.Usage($"no results in {store.Location}; run `calibrate run` first or give --result-file");
    }
}

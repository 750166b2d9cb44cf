using System.CommandLine;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Stores;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Results;

/// <summary>The --store option every command that reads the store shares, and opening the store it names.</summary>
public static class ResultsStoreOption
{
    public static Option<string?> Create() => new("--store")
    {
        Description = "A SQLite file path or postgresql://USER@HOST[:PORT]/DATABASE (password from PGPASSWORD or ~/.pgpass). Default: the configuration's store.local, else $CALIBRATE_STORE, else results/calibrate.db.",
        HelpName = "PATH|URL",
    };

    /// <summary>The store by <see cref="Node.Configuration.Site.StoreArgument"/>: the option, the configuration, $CALIBRATE_STORE or the default.</summary>
    public static IResultStore Open(ParseResult parse, Option<string?> option, CliContext context, bool migrate = true)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(context);
        return StoreLocation.Open(context.Site().StoreArgument(parse.GetValue(option)), context.Node, migrate);
    }
}

using System.CommandLine;
using Calibrate.Cli.Commands.Run;
using Calibrate.Cli.Infrastructure;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Results;

/// <summary>The --store option every results subcommand shares, and opening the store it names.</summary>
public static class ResultsStoreOption
{
    public static Option<string?> Create() => new("--store")
    {
        Description = "A SQLite file path or postgresql://USER@HOST[:PORT]/DATABASE (password from PGPASSWORD or ~/.pgpass). Default: $CALIBRATE_STORE, else results/calibrate.db.",
        HelpName = "PATH|URL",
    };

    public static IResultStore Open(ParseResult parse, Option<string?> option, CliContext context, bool migrate = true)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(context);
        var argument = ResultPersistence.StoreArgument(parse.GetValue(option), context);
        return StoreFactory.Open(
            argument is null || PostgresUrl(argument) ? argument : context.ResolvePath(argument),
            ResultPersistence.DefaultStorePath(context),
            new StoreOpenOptions { Migrate = migrate, GetEnvironment = context.GetEnvironment });
    }

    private static bool PostgresUrl(string argument) => Store.Postgres.PostgresTarget.IsUrl(argument);
}

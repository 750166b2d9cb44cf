using Calibrate.Node.Hosting;
using Calibrate.Store;
using Calibrate.Store.Postgres;

namespace Calibrate.Node.Stores;

/// <summary>
/// The one way a store location is resolved and opened: a postgresql:// URL as given, a SQLite path made absolute
/// against the working directory. Which location a command uses (option, configuration, $CALIBRATE_STORE, default) is
/// <see cref="Configuration.Site.StoreArgument"/>'s decision.
/// </summary>
public static class StoreLocation
{
    public const string Variable = "CALIBRATE_STORE";

    public static bool IsUrl(string argument) => PostgresTarget.IsUrl(argument);

    /// <summary>A URL as given; a path absolute; a key=value connection string refused (<see cref="ConnectionStringText"/>).</summary>
    public static string Normalise(string argument, NodeEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(environment);
        var trimmed = argument.Trim();
        if (ConnectionStringText.IsLike(trimmed))
        {
            throw ConnectionStringText.Refuse();
        }

        return IsUrl(trimmed) ? trimmed : environment.ResolvePath(trimmed);
    }

    /// <summary>results/calibrate.db under the results directory.</summary>
    public static string DefaultPath(NodeEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Path.Combine(environment.ResultsDirectory, "calibrate.db");
    }

    public static IResultStore Open(string argument, NodeEnvironment environment, bool migrate = true)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var normalised = Normalise(argument, environment);
        return StoreFactory.Open(normalised, normalised, new StoreOpenOptions { Migrate = migrate, GetEnvironment = environment.GetEnvironment });
    }

    /// <summary>The location as shown to people: a full path, or the URL without its password.</summary>
    public static string Describe(string argument) => StoreFactory.Describe(argument, argument);
}

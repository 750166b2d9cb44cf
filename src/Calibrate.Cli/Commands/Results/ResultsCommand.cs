using System.CommandLine;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Results;

/// <summary>`calibrate results`: list, show, export, import, delete and migrate stored results.</summary>
public static class ResultsCommand
{
    public static Command Create(CliContext context) => new(
        "results",
        "Work with stored results: the SQLite file results/calibrate.db by default, or a fleet's PostgreSQL.\n\n" +
        "Examples:\n  calibrate results list --label bare --since 7d\n  calibrate results show 3f2b...\n" +
        "  calibrate results export --format csv > results.csv\n  calibrate results import results/pending/\n" +
        "  calibrate results migrate --store postgresql://calibrate@db.example.org/calibrate")
    {
        ListResultsCommand.Create(context),
        ShowResultCommand.Create(context),
        ExportResultsCommand.Create(context),
        ImportResultsCommand.Create(context),
        DeleteResultCommand.Create(context),
        MigrateResultsCommand.Create(context),
    };
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Results;

/// <summary>`calibrate results migrate`: reports the store's pending schema migrations and applies them.</summary>
public static class MigrateResultsCommand
{
    public static Command Create(CliContext context)
    {
        var store = ResultsStoreOption.Create();
        var dryRun = new Option<bool>("--dry-run") { Description = "Only report the pending migrations." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("migrate", "Report and apply the pending schema migrations of a store (each in its own transaction; a fleet's nodes may keep writing).\n\nExamples:\n  calibrate results migrate --dry-run\n  calibrate results migrate --store postgresql://calibrate@db.example.org/calibrate")
        {
            store, dryRun, json,
        };
        command.SetAction(parse =>
        {
            using var opened = ResultsStoreOption.Open(parse, store, context, migrate: false);
            var before = opened.SchemaVersion;
            var pending = opened.PendingMigrations();
            var applied = parse.GetValue(dryRun) ? [] : opened.Migrate();
            var report = new MigrationReport(opened.Location, before, opened.SchemaVersion, pending.Select(Name).ToArray(), applied.Select(Name).ToArray());
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(report, ResultsJsonContext.Default.MigrationReport));
                return ExitCodes.Ok;
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Store}: schema version {before}, {pending.Count} pending"));
            foreach (var step in pending)
            {
                context.Out.WriteLine($"  {Name(step)}{(applied.Contains(step) ? ": applied" : "")}");
            }

            if (applied.Count > 0)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"now at schema version {report.VersionAfter}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Name(Store.Schema.Migration step) => string.Create(CultureInfo.InvariantCulture, $"{step.Version:D4} {step.Name}");
}

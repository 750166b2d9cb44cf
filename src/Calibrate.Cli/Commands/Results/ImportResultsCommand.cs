using System.CommandLine;
using System.Text.Json;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Text;
using Calibrate.Node.Results;
using Calibrate.Store.Files;

namespace Calibrate.Cli.Commands.Results;

/// <summary>
/// `calibrate results import FILE...`: ingests result files written by nodes without a store (`run --out`), kept
/// in results/pending/ when the store failed, or exported from another store (`results export --format json`, an
/// array; or one result per line). Idempotent: a result already stored is skipped. A bad file is named on a line of
/// its own and the others are stored; the exit code is then 2.
/// </summary>
public static class ImportResultsCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("FILE") { Description = "Result JSON files, or directories whose *.json files are imported.", Arity = ArgumentArity.OneOrMore };
        var store = ResultsStoreOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the import report as JSON." };
        var command = new Command("import", "Import result JSON files into the store; importing the same result twice keeps one row.\n\nExamples:\n  calibrate results import results/pending/\n  calibrate results import wn*.json --store postgresql://calibrate@db.example.org/calibrate")
        {
            paths, store, json,
        };
        command.SetAction(parse =>
        {
            var files = ResultFileList.Expand(parse.GetValue(paths) ?? [], context.Node);
            var failures = new List<string>();
            using var opened = ResultsStoreOption.Open(parse, store, context);

            // Files are read as the store takes them, a few chunks ahead: memory stays flat however many there are.
            // Ctrl-C stops the reading; what was read is still stored, in whole batches.
            var progress = new ImportProgress(context, files.Count);
            var read = ResultFiles.ReadMany(files, (file, e) => failures.Add($"{UntrustedText.Escape(file)}: {UntrustedText.Escape(e.Message.TrimEnd('.'))}"))
                .TakeWhile(_ => !context.Cancellation.IsCancellationRequested);
            var counts = opened.SaveMany(progress.Track(read));
            progress.Finish();

            var report = new ImportReport(opened.Location, files.Count, counts.Inserted, counts.AlreadyStored, failures);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(report, ResultsJsonContext.Default.ImportReport));
            }
            else
            {
                context.Out.WriteLine($"imported {report.Imported}, already stored {report.AlreadyStored}, not results {failures.Count} (of {files.Count} files) into {report.Store}");
                foreach (var failure in failures)
                {
                    context.Error.WriteLine($"calibrate: not imported: {failure}");
                }
            }

            if (context.Cancellation.IsCancellationRequested)
            {
                var unread = files.Count - counts.Inserted - counts.AlreadyStored - failures.Count;
                context.Error.WriteLine($"calibrate: interrupted: {unread} files were not read; run the same import again to add them");
                return ExitCodes.Interrupted;
            }

            return failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Usage;
        });
        return command;
    }
}

using System.CommandLine;
using Calibrate.Cli.Commands.Results;

namespace Calibrate.Cli.Commands.Push;

/// <summary>The options every `push` target shares: which result, dry run, force, JSON, store.</summary>
public sealed class PushOptions
{
    public Option<string?> Result { get; } = new("--result") { Description = "Publish the stored result with this id.", HelpName = "ID" };

    public Option<bool> Latest { get; } = new("--latest") { Description = "Publish the newest result in the store (the default)." };

    public Option<string?> ResultFile { get; } = new("--result-file")
    {
        Description = "Publish a result JSON file (from `calibrate run --out`) instead of a stored result.",
        HelpName = "FILE",
    };

    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Print what would change (a unified diff per file, the argv of each command) and change nothing." };

    public Option<bool> Force { get; } = new("--force") { Description = "Publish even a result flagged disturbed or outside the plausibility bounds." };

    public Option<bool> Json { get; } = new("--json") { Description = "Print one JSON object describing the change, for scripts." };

    public Option<string?> Store { get; } = ResultsStoreOption.Create();

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { Result, Latest, ResultFile, DryRun, Force, Json, Store })
        {
            command.Options.Add(option);
        }
    }
}

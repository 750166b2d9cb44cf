using System.CommandLine;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Push;

/// <summary>
/// The options of a push that publishes one figure for many nodes from the store (`push arc`, `push apel`): which
/// nodes, dry run, force, JSON, store.
/// </summary>
public sealed class FleetPushOptions
{
    public Option<string?> Hosts { get; } = new("--hosts") { Description = "The nodes behind the queue or CE, comma-separated, as the store names them.", HelpName = "H1,H2" };

    public Option<bool> All { get; } = new("--all") { Description = "Every node in the store." };

    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Print what would change (a unified diff) and change nothing." };

    public Option<bool> Force { get; } = new("--force") { Description = "Include nodes whose latest undisturbed estimate is outside the plausibility bounds (disturbed results are never used)." };

    public Option<bool> Json { get; } = new("--json") { Description = "Print one JSON object describing the change, for scripts." };

    public Option<string?> Store { get; } = ResultsStoreOption.Create();

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { Hosts, All, DryRun, Force, Json, Store })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The hosts asked for, or null for --all; exactly one of the two must be given.</summary>
    public IReadOnlySet<string>? ChosenHosts(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var hosts = parse.GetValue(Hosts);
        var all = parse.GetValue(All);
        if (hosts is null == !all)
        {
            throw CliException.Usage("give either --hosts H1,H2 (the nodes behind the queue or CE) or --all");
        }

        if (all)
        {
            return null;
        }

        var names = hosts!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names.Length > 0 ? names.ToHashSet(StringComparer.OrdinalIgnoreCase) : throw CliException.Usage("--hosts names no host");
    }
}

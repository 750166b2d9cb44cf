using System.CommandLine;
using System.CommandLine.Invocation;

namespace Calibrate.Cli.Infrastructure;

/// <summary>
/// --help as System.CommandLine writes it, followed by the command's examples. Commands write their examples into
/// their description after a blank line and "Examples:"; <see cref="Attach"/> moves them here, so that a listing of
/// subcommands shows one short description each and a command's own --help still teaches by example.
/// </summary>
public sealed class ExamplesHelpAction(CommandLineAction standard, IReadOnlyDictionary<Command, string> examples) : SynchronousCommandLineAction
{
    private const string Marker = "\n\nExamples:";

    /// <summary>`calibrate fit --help` must not fail for want of fit's required options.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var exit = standard is SynchronousCommandLineAction sync ? sync.Invoke(parseResult) : 0;
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var text))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            output.WriteLine(text);
            output.WriteLine();
        }

        return exit;
    }

    /// <summary>Moves every command's examples out of its description and into the help option's action.</summary>
    public static void Attach(Command root, Option helpOption)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(helpOption);
        var examples = new Dictionary<Command, string>();
        Collect(root, examples);
        helpOption.Action = new ExamplesHelpAction(helpOption.Action!, examples);
    }

    private static void Collect(Command command, Dictionary<Command, string> examples)
    {
        var description = command.Description ?? "";
        var at = description.IndexOf(Marker, StringComparison.Ordinal);
        if (at >= 0)
        {
            examples[command] = description[(at + Marker.Length)..].Trim('\n');
            command.Description = description[..at];
        }

        foreach (var sub in command.Subcommands)
        {
            Collect(sub, examples);
        }
    }
}

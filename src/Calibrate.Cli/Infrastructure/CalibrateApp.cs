using System.CommandLine;
using System.Globalization;
using Calibrate.Cli.Commands;

namespace Calibrate.Cli.Infrastructure;

/// <summary>
/// The calibrate command: parses, runs one command, and turns every failure into one line on stderr and a named exit
/// code. Callable in-process, which is how the tests drive it.
/// </summary>
public static class CalibrateApp
{
    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = CommandCatalog.CreateRoot(context);
        // Plain `calibrate` teaches rather than complains.
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0 && parse.Action is not ExamplesHelpAction)
        {
            var path = CommandPath(parse);
            var name = path.Length == 0 ? "calibrate" : $"calibrate {path}";
            await context.Error.WriteLineAsync($"calibrate: {OneLine(FirstError(parse))} (see '{name} --help')");
            return ExitCodes.Usage;
        }

        try
        {
            var invocation = new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            return await parse.InvokeAsync(invocation, context.Cancellation);
        }
        catch (CliException e)
        {
            await context.Error.WriteLineAsync($"calibrate: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("calibrate: interrupted; nothing was written");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (KnownErrors.TryDescribe(e, out var exitCode, out var message))
        {
            await context.Error.WriteLineAsync($"calibrate: {message}");
            return exitCode;
        }
#pragma warning disable CA1031 // The last line of defence: no stack trace reaches an admin's terminal.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var debug = context.GetEnvironment("CALIBRATE_DEBUG") is { Length: > 0 };
            await context.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"calibrate: internal error: {e.GetType().Name}: {e.Message}{(debug ? Environment.NewLine + e : " (set CALIBRATE_DEBUG=1 for details)")}"));
            return ExitCodes.Internal;
        }
    }

    /// <summary>An unknown word is the error that matters ("calibrate frobnicate" is not a missing command).</summary>
    private static string FirstError(ParseResult parse) =>
        parse.UnmatchedTokens.Count > 0
            ? $"unknown command, option or argument '{parse.UnmatchedTokens[0]}'"
            : parse.Errors[0].Message;

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>"run" or "results show": the command the error belongs to, for the help hint.</summary>
    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Add(result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}

using System.CommandLine;
using System.Globalization;
using Calibrate.Cli.Commands;
using Calibrate.Core.Text;

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
            await context.Error.WriteLineAsync($"calibrate: {Plain(e.Message)}");
            return e.ExitCode;
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("calibrate: interrupted; nothing was written");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (KnownErrors.TryDescribe(e, out var exitCode, out var message))
        {
            await context.Error.WriteLineAsync($"calibrate: {Plain(message)}");
            return exitCode;
        }
#pragma warning disable CA1031 // The last line of defence: no stack trace reaches an admin's terminal.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var debug = context.GetEnvironment("CALIBRATE_DEBUG") is { Length: > 0 };
            await context.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"calibrate: internal error: {e.GetType().Name}: {Plain(e.Message)}{(debug ? Environment.NewLine + e : " (set CALIBRATE_DEBUG=1 for details)")}"));
            return ExitCodes.Internal;
        }
    }

    /// <summary>An unknown word is the error that matters ("calibrate frobnicate" is not a missing command).</summary>
    private static string FirstError(ParseResult parse) =>
        parse.UnmatchedTokens.Count > 0
            ? $"unknown command, option or argument {UntrustedText.Quote(parse.UnmatchedTokens[0])}"
            : WithoutTypeNames(parse.Errors[0].Message);

    /// <summary>
    /// System.CommandLine names the .NET type a value failed to convert to ("as expected type
    /// 'System.Nullable`1[System.Int32]'"); people are told the kind of value instead.
    /// </summary>
    private static string WithoutTypeNames(string message)
    {
        var typed = message.IndexOf(" as expected type '", StringComparison.Ordinal);
        if (typed < 0)
        {
            return message;
        }

        var end = message.IndexOf('\'', typed + " as expected type '".Length);
        var type = end < 0 ? message[typed..] : message[typed..end];
        var kind = type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) ? "a whole number"
            : type.Contains("Double", StringComparison.Ordinal) ? "a number"
            : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
            : "a value of the expected kind";
        return string.Concat(message.AsSpan(0, typed), " as ", kind, end < 0 ? "" : message[(end + 1)..]);
    }

    /// <summary>One line of a readable length, whatever the user typed: control characters escaped, a long message cut.</summary>
    private static string OneLine(string message) =>
        UntrustedText.Line(string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));

    /// <summary>
    /// Every error line as it reaches stderr: a message of several lines (a configuration's errors, one per line) keeps
    /// its lines, and each is made plain (<see cref="UntrustedText.Line"/>), whatever value it quotes.
    /// </summary>
    private static string Plain(string message) =>
        string.Join(Environment.NewLine, message.Split('\n').Select(line => UntrustedText.Line(line.TrimEnd('\r'))));

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

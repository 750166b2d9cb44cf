using System.CommandLine;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Commands.Results;

/// <summary>The ID argument of show and delete: a result id as `results list` prints it.</summary>
public static class ResultIdArgument
{
    public static Argument<string> Create() => new("ID") { Description = "The result id, as `calibrate results list` shows it." };

    public static Guid Read(ParseResult parse, Argument<string> argument)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var text = parse.GetValue(argument) ?? "";
        return Guid.TryParse(text.Trim(), out var id) ? id : throw CliException.Usage($"'{text}' is not a result id (e.g. 3f2b8c1e-5d4a-4e2b-9c1d-0a1b2c3d4e5f)");
    }
}

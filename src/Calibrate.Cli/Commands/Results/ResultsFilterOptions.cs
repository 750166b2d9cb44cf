using System.CommandLine;
using System.Globalization;
using Calibrate.Cli.Infrastructure;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Results;

/// <summary>The filter options of list and export: --host, --label, --cpu, --since, --until, --limit.</summary>
public sealed class ResultsFilterOptions
{
    public Option<string?> Host { get; } = new("--host") { Description = "Only this node (exact hostname).", HelpName = "NAME" };

    public Option<string?> Label { get; } = new("--label") { Description = "Only results with this label.", HelpName = "TEXT" };

    public Option<string?> Cpu { get; } = new("--cpu") { Description = "Only CPU models containing this text, e.g. \"Gold 6248\".", HelpName = "TEXT" };

    public Option<string?> Since { get; } = new("--since") { Description = "Only results started since: a UTC date/time (2025-05-01, 2025-05-01T12:00Z) or an age (24h, 7d).", HelpName = "TIME" };

    public Option<string?> Until { get; } = new("--until") { Description = "Only results started before this UTC date/time or age.", HelpName = "TIME" };

    public Option<int?> Limit { get; } = new("--limit") { Description = "At most N results, the newest.", HelpName = "N" };

    public IEnumerable<Option> All => [Host, Label, Cpu, Since, Until, Limit];

    public ResultFilter Read(ParseResult parse, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var limit = parse.GetValue(Limit);
        if (limit is < 1)
        {
            throw CliException.Usage($"--limit must be at least 1, not {limit}");
        }

        return new ResultFilter
        {
            Hostname = parse.GetValue(Host),
            Label = parse.GetValue(Label),
            CpuModel = parse.GetValue(Cpu),
            Since = ParseTime("--since", parse.GetValue(Since), now),
            Until = ParseTime("--until", parse.GetValue(Until), now),
            Limit = limit,
        };
    }

    /// <summary>An ISO 8601 time (UTC unless it says otherwise), or an age before now: "90m", "24h", "7d".</summary>
    public static DateTimeOffset? ParseTime(string option, string? text, DateTimeOffset now)
    {
        if (text is null)
        {
            return null;
        }

        var value = text.Trim();
        if (ValueParsers.TryParseDuration(value, out var age) && !value.Contains('-', StringComparison.Ordinal))
        {
            return now - age;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        throw CliException.Usage($"{option} '{text}' is not a UTC date/time such as 2025-05-01T12:00Z or an age such as 24h or 7d");
    }
}

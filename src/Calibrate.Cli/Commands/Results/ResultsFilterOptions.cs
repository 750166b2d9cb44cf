using System.CommandLine;
using System.Globalization;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Configuration;
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
            Since = ValueParsers.ParseTime("--since", parse.GetValue(Since), now),
            Until = ValueParsers.ParseTime("--until", parse.GetValue(Until), now),
            Limit = limit,
        };
    }
}

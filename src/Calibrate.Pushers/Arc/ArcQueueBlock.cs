using System.Text.RegularExpressions;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;

namespace Calibrate.Pushers.Arc;

/// <summary>
/// Where a `[queue:NAME]` block of an ARC 6/7 arc.conf lies and which `benchmark` lines it holds. Syntax from the arc.conf
/// reference (nordugrid/arc src/doc/arc.conf.reference): a block runs from its header to the next header; leading and
/// trailing spaces of a line and spaces around `=` are ignored; spaces may surround the identifier of
/// `[keyword:identifier]`; values are not quoted; option names are case-sensitive; `#` starts a comment.
/// </summary>
public sealed partial record ArcQueueBlock(int Header, int End, int InsertAt, IReadOnlyList<ArcBenchmarkLine> Benchmarks)
{
    /// <summary>The queue's block, or null when the file has none; two blocks for one queue are an error.</summary>
    public static ArcQueueBlock? Find(LsfText text, string queue, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var header = -1;
        for (var i = 0; i < text.Count; i++)
        {
            var match = HeaderPattern().Match(text.Content(i).Trim());
            if (match.Success && match.Groups["keyword"].Value == "queue" && match.Groups["id"].Value.Trim() == queue)
            {
                header = header < 0 ? i : throw new PushConfigException($"{path} has two [queue:{queue}] blocks (block headers must be unique)");
            }
        }

        return header < 0 ? null : Read(text, header);
    }

    private static ArcQueueBlock Read(LsfText text, int header)
    {
        var end = header + 1;
        var insertAt = header + 1;
        var benchmarks = new List<ArcBenchmarkLine>();
        for (; end < text.Count && !HeaderPattern().IsMatch(text.Content(end).Trim()); end++)
        {
            var content = text.Content(end);
            var trimmed = content.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            insertAt = end + 1;
            var match = BenchmarkPattern().Match(content);
            if (match.Success)
            {
                var value = match.Groups["value"];
                benchmarks.Add(new ArcBenchmarkLine(end, match.Groups["name"].Value, value.Value, value.Success ? value.Index : -1));
            }
        }

        return new ArcQueueBlock(header, end, insertAt, benchmarks);
    }

    [GeneratedRegex(@"^\[(?<keyword>[^:\]\s]+)(?::(?<id>[^\]]*))?\]$")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^\s*benchmark\s*=\s*(?<name>\S+)(?:\s+(?<value>\S+))?\s*$")]
    private static partial Regex BenchmarkPattern();
}

using System.Text.RegularExpressions;
using Calibrate.Core.Text;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.Common;

namespace Calibrate.Node.Fleet;

/// <summary>
/// Which nodes a campaign measures, checked against the scheduler's own list before any job is submitted: a name it
/// does not list is refused (one line, nothing submitted). A name matches a listed node exactly, or by short name when
/// exactly one listed node has it (`wn001` for wn001.example.org, as HTCondor lists machines by FQDN).
/// </summary>
public static partial class NodeSelection
{
    /// <summary>The names in a --nodes list: comma-separated, in order, each once.</summary>
    public static IReadOnlyList<string> Split(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>True when the list holds a hostlist expression (wn[01-10,15]) that needs the scheduler to expand it.</summary>
    public static bool IsHostlist(string list) => list.Contains('[', StringComparison.Ordinal);

    /// <summary>A hostlist expression as Slurm writes them: host-name characters, brackets, digit ranges and commas only.</summary>
    public static bool IsValidHostlist(string list) => list.Length is > 0 and <= 4096 && HostlistPattern().IsMatch(list);

    public static IReadOnlyList<BatchNode> Resolve(IReadOnlyList<string> requested, IReadOnlyList<BatchNode> listed, string scheduler, string listCommand)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(listed);
        if (requested.FirstOrDefault(n => !HostNames.IsValid(n)) is { } bad)
        {
            throw new InputException($"{UntrustedText.Quote(bad)} is not a node name");
        }

        var chosen = new List<BatchNode>();
        foreach (var name in requested)
        {
            var byShortName = listed.Where(n => string.Equals(HostNames.ShortName(n.Name), HostNames.ShortName(name), StringComparison.OrdinalIgnoreCase)).ToArray();
            var node = listed.FirstOrDefault(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? (byShortName.Length == 1 ? byShortName[0] : null)
                ?? throw new InputException(byShortName.Length > 1
                    ? $"node '{name}' is ambiguous: {scheduler} lists {string.Join(" and ", byShortName.Select(n => n.Name))}"
                    : $"unknown node '{name}': {scheduler} does not list it (`{listCommand}`)");
            if (!chosen.Contains(node))
            {
                chosen.Add(node);
            }
        }

        return chosen;
    }

    [GeneratedRegex(@"^[A-Za-z0-9.\-\[\],]+\z")]
    private static partial Regex HostlistPattern();
}

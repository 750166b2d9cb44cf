using System.Globalization;
using Calibrate.Agent.Planning;
using Calibrate.Agent.Running;
using Calibrate.Core.Probing;
using Calibrate.Core.Running;
using Calibrate.Node.Hosting;

namespace Calibrate.Node.Sweep;

/// <summary>
/// The sweep's matrix, pure: copy counts ("1..8", "1,2,4,8", "1..N" with N the allowed CPUs) times pinning
/// policies, each cell checked against the node's topology before anything runs. Cells the node cannot hold
/// (thread pinning with more copies than CPUs) are left out and named, not run.
/// </summary>
public static class SweepMatrix
{
    public static IReadOnlyList<int> ParseCopies(string? text, int allowedCpus)
    {
        var spec = string.IsNullOrWhiteSpace(text) ? "1..N" : text.Trim();
        var copies = new SortedSet<int>();
        foreach (var part in spec.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!TryAddPart(part, allowedCpus, copies))
            {
                throw new InputException(
                    $"--copies '{spec}': '{part}' is not a count from 1 to {(long)allowedCpus * CopyPlanner.MaxCopiesPerCpu} ({CopyPlanner.MaxCopiesPerCpu} per allowed CPU) or a range such as 1..8 or 1..N");
            }
        }

        return [.. copies];
    }

    public static IReadOnlyList<Pinning> ParsePinnings(string? text)
    {
        var spec = string.IsNullOrWhiteSpace(text) ? "none,thread" : text;
        return spec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Pinning.TryParse(p, out var pinning, out var error) ? pinning : throw new InputException($"--pinning: {error}"))
            .Distinct()
            .ToArray();
    }

    /// <summary>The cells to run, in order, and the ones left out with the reason.</summary>
    public static (IReadOnlyList<SweepCell> Cells, IReadOnlyList<string> Skipped) Plan(
        NodeProbe probe, IReadOnlyList<int> copies, IReadOnlyList<Pinning> pinnings, string labelPrefix)
    {
        ArgumentNullException.ThrowIfNull(copies);
        ArgumentNullException.ThrowIfNull(pinnings);
        var cells = new List<SweepCell>();
        var skipped = new List<string>();
        foreach (var pinning in pinnings)
        {
            foreach (var count in copies)
            {
                try
                {
                    CopyPlanner.Plan(probe, count, pinning);
                    cells.Add(new SweepCell(pinning, count, string.Create(CultureInfo.InvariantCulture, $"{labelPrefix}-{pinning}-{count}")));
                }
                catch (PlanException e)
                {
                    skipped.Add(string.Create(CultureInfo.InvariantCulture, $"{pinning} x{count}: {e.Message}"));
                }
            }
        }

        return (cells, skipped);
    }

    private static bool TryCount(string text, int allowedCpus, out int count)
    {
        if (text.Equals("N", StringComparison.OrdinalIgnoreCase))
        {
            count = allowedCpus;
            return true;
        }

        // No more copies than a run would take (CopyPlanner.MaxCopiesPerCpu): 1..99999 is refused here, not run cell by cell.
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1 && count <= (long)allowedCpus * CopyPlanner.MaxCopiesPerCpu;
    }

    /// <summary>"4", "N", "1..8" or "2..N".</summary>
    private static bool TryAddPart(string part, int allowedCpus, SortedSet<int> copies)
    {
        var range = part.Split("..");
        if (range.Length > 2
            || !TryCount(range[0], allowedCpus, out var from)
            || !TryCount(range[^1], allowedCpus, out var to)
            || to < from)
        {
            return false;
        }

        for (var i = from; i <= to; i++)
        {
            copies.Add(i);
        }

        return true;
    }
}

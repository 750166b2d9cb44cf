using System.Diagnostics.CodeAnalysis;
using Calibrate.Core.Topology;

namespace Calibrate.Core.Running;

/// <summary>A pinning policy as given on the command line: none, core, thread, numa or list:CPUS.</summary>
public sealed record Pinning(PinningKind Kind, CpuSet? Cpus = null)
{
    public static Pinning None { get; } = new(PinningKind.None);

    public static bool TryParse(string? text, [NotNullWhen(true)] out Pinning? pinning, out string error)
    {
        pinning = null;
        error = "";
        var value = (text ?? "").Trim();
        const string listPrefix = "list:";
        if (value.StartsWith(listPrefix, StringComparison.OrdinalIgnoreCase))
        {
            if (!CpuSet.TryParse(value[listPrefix.Length..], out var cpus, out var listError) || cpus.Count == 0)
            {
                error = cpus.Count == 0 && listError.Length == 0 ? "list: needs at least one CPU, e.g. list:0-3" : listError;
                return false;
            }

            pinning = new Pinning(PinningKind.List, cpus);
            return true;
        }

        PinningKind? kind = value.ToUpperInvariant() switch
        {
            "NONE" => PinningKind.None,
            "CORE" => PinningKind.Core,
            "THREAD" => PinningKind.Thread,
            "NUMA" => PinningKind.Numa,
            _ => null,
        };
        if (kind is null)
        {
            error = $"unknown pinning '{value}': use none, core, thread, numa or list:CPUS";
            return false;
        }

        pinning = new Pinning(kind.Value);
        return true;
    }

    public override string ToString() =>
        Kind == PinningKind.List ? $"list:{Cpus}" : Kind.ToString().ToLowerInvariant();
}

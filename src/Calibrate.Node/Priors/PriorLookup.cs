using System.Globalization;
using Calibrate.Agent.Probing;
using Calibrate.Node.Hosting;
using Calibrate.Statistics.Priors;

namespace Calibrate.Node.Priors;

/// <summary>
/// `calibrate prior`'s work: probe this node (or a captured /proc and /sys tree), read a newer HS23 table when one is
/// given, and look the node's prior up (<see cref="PublicTablePrior"/>).
/// </summary>
public static class PriorLookup
{
    /// <param name="environment">the host: paths are resolved against its working directory.</param>
    /// <param name="sysroot">a captured tree to probe instead of this machine, or null.</param>
    /// <param name="tableFile">--prior-table FILE, or null for the table calibrate ships.</param>
    public static PriorReport Run(NodeEnvironment environment, string? sysroot, string? tableFile)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var table = tableFile is null ? null : ReadTable(environment, tableFile);
        var probe = NodeProber.Probe(sysroot is null ? null : environment.ResolvePath(sysroot));
        return new PriorReport
        {
            Hostname = probe.Hostname,
            Sockets = probe.Cpu.Sockets,
            CoresPerSocket = probe.Cpu.CoresPerSocket,
            ThreadsPerCore = probe.Cpu.ThreadsPerCore,
            Outcome = PublicTablePrior.For(probe, table),
        };
    }

    /// <summary>--prior-table FILE, resolved against the working directory; a bad one names the file and the line.</summary>
    public static Hs23Table ReadTable(NodeEnvironment environment, string file)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var path = environment.ResolvePath(file);
        if (!File.Exists(path))
        {
            throw new InputException($"--prior-table {file}: no such file");
        }

        var table = Hs23TableCsv.Parse(File.ReadAllText(path), file, file);
        return table with { Source = string.Create(CultureInfo.InvariantCulture, $"{file} (--prior-table), {table.Rows.Count} configuration{(table.Rows.Count == 1 ? "" : "s")}") };
    }
}

namespace Calibrate.Statistics.Priors;

/// <summary>
/// One configuration of the HEPiX HS23 table: a CPU model in one layout (sockets x cores x threads) at one site, with
/// its HEPscore23 score for the whole machine from <see cref="Measurements"/> runs.
/// </summary>
public sealed record Hs23TableRow
{
    /// <summary>The 1-based line of the table the row starts on.</summary>
    public required int Line { get; init; }

    /// <summary>The CPU model as the table writes it.</summary>
    public required string Cpu { get; init; }

    /// <summary>The model as <see cref="CpuModelKey.Of"/> writes it: what nodes are matched on.</summary>
    public required string Model { get; init; }

    public required string Site { get; init; }

    /// <summary>The site as <see cref="SiteKey.Of"/> writes it: what leave-one-site-out leaves out.</summary>
    public required string SiteKey { get; init; }

    public required int Sockets { get; init; }

    public required int CoresPerSocket { get; init; }

    public required int ThreadsPerCore { get; init; }

    /// <summary>The table's Ncores: the online logical CPUs the benchmark ran on.</summary>
    public required int LogicalCpus { get; init; }

    /// <summary>The table's "# Meas": independent benchmark runs behind the score.</summary>
    public required int Measurements { get; init; }

    /// <summary>HS23 (whole machine).</summary>
    public required double Hs23WholeMachine { get; init; }

    /// <summary>SMT as the node probe states it: more than one hardware thread per core online.</summary>
    public bool SmtActive => ThreadsPerCore > 1;

    /// <summary>HS23 per logical CPU, from the full-precision score (the table's Score/Ncores is rounded to 0.1).</summary>
    public double Hs23PerLogicalCpu => Hs23WholeMachine / LogicalCpus;
}

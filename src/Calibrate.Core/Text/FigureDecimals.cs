namespace Calibrate.Core.Text;

/// <summary>
/// The decimals an estimate's figures are published with by the exports that carry them as numbers (the HEP Benchmark
/// Suite document, the Prometheus textfile), rounded by <see cref="DecimalRounding"/>: HS06 with two, as MJF's hs06
/// and the HEPiX tables; the CPU factor with three, as every summary prints it; the node score with two, as `run`
/// prints it. More digits would claim a precision the intervals beside them deny.
/// </summary>
public static class FigureDecimals
{
    public const int Rating = 2;

    public const int CpuFactor = 3;

    public const int NodeScore = 2;
}

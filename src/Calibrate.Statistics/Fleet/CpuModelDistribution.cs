namespace Calibrate.Statistics.Fleet;

/// <summary>The distribution of the latest node scores of one CPU model and copy count (quartiles by Hyndman–Fan type 7).</summary>
public sealed record CpuModelDistribution(
    string CpuModel,
    int Copies,
    int N,
    double Median,
    double Mad,
    double Q1,
    double Q3,
    double Min,
    double Max);

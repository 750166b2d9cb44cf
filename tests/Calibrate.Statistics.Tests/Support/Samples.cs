namespace Calibrate.Statistics.Tests.Support;

/// <summary>Seeded samples for tests.</summary>
internal static class Samples
{
    public static double[] Normal(Random random, int n, double mean = 1.0, double sd = 0.01) =>
        Enumerable.Range(0, n).Select(_ => MathNet.Numerics.Distributions.Normal.Sample(random, mean, sd)).ToArray();
}

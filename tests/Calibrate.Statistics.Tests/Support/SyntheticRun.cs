using Calibrate.Core.Running;
using MathNet.Numerics.Distributions;

namespace Calibrate.Statistics.Tests.Support;

/// <summary>
/// Seeded synthetic sample times under a <see cref="NoiseModel"/>: kernels with reference seconds r_k and true seconds
/// r_k / <see cref="TrueKernelScore"/>, so that the true node score is copies × TrueKernelScore.
/// </summary>
internal sealed class SyntheticRun
{
    public const double TrueKernelScore = 10.0;

    private static readonly string[] KernelNames = ["alpha", "beta", "gamma", "delta"];
    private static readonly double[] ReferenceSeconds = [2.0, 1.5, 3.0, 0.8];

    private readonly Random random;
    private readonly NoiseModel noise;
    private readonly int copies;
    private readonly int kernels;
    private readonly double phi;
    private readonly List<double>[][] samples;
    private readonly double[] copyDrift;
    private double hostDrift;

    public SyntheticRun(int seed, NoiseModel noise, int copies = 2, int kernels = 4, double timeScale = 1.0)
    {
        random = new Random(seed);
        this.noise = noise;
        this.copies = copies;
        this.kernels = kernels;
        TimeScale = timeScale;
        phi = Math.Exp(-1.0 / noise.DriftCorrelationRounds);
        samples = Enumerable.Range(0, copies).Select(_ => Enumerable.Range(0, kernels).Select(_ => new List<double>()).ToArray()).ToArray();
        copyDrift = Enumerable.Range(0, copies).Select(_ => Normal.Sample(random, 0, noise.CopyDriftSigma)).ToArray();
        hostDrift = Normal.Sample(random, 0, noise.HostDriftSigma);
    }

    public double TimeScale { get; }

    public double TrueNodeScore => copies * TrueKernelScore;

    public int Rounds { get; private set; }

    /// <summary>One round: every kernel once on every copy.</summary>
    public void Round()
    {
        hostDrift = Step(hostDrift, noise.HostDriftSigma);
        for (var c = 0; c < copies; c++)
        {
            copyDrift[c] = Step(copyDrift[c], noise.CopyDriftSigma);
            for (var k = 0; k < kernels; k++)
            {
                var t = ReferenceSeconds[k] / TrueKernelScore * Math.Exp(hostDrift + copyDrift[c] + Normal.Sample(random, 0, noise.SampleSigma));
                if (random.NextDouble() < noise.SpikeProbability)
                {
                    t *= 1 + noise.SpikeLow + ((noise.SpikeHigh - noise.SpikeLow) * random.NextDouble());
                }

                samples[c][k].Add(t * TimeScale);
            }
        }

        Rounds++;
    }

    public SyntheticRun Run(int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            Round();
        }

        return this;
    }

    public SampleSnapshot Snapshot() => new()
    {
        Copies = samples.Select(copy => (IReadOnlyDictionary<string, IReadOnlyList<double>>)Enumerable.Range(0, kernels)
            .ToDictionary(k => KernelNames[k], k => (IReadOnlyList<double>)copy[k].ToArray())).ToArray(),
        ReferenceSeconds = Enumerable.Range(0, kernels).ToDictionary(k => KernelNames[k], k => ReferenceSeconds[k]),
    };

    private double Step(double previous, double sigma) =>
        sigma == 0 ? 0 : (phi * previous) + Normal.Sample(random, 0, sigma * Math.Sqrt(1 - (phi * phi)));
}

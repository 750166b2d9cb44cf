using Calibrate.Workloads.Determinism;

namespace Calibrate.Workloads.Kernels;

/// <summary>
/// Analogue Monte-Carlo transport of multigroup neutral particles through a stack of slabs (free flights,
/// isotropic scattering with down-scatter, absorption, leakage) with track-length and event tallies: the
/// random-number and branch character of Geant4-style simulation, the bulk of HEP batch CPU.
/// </summary>
/// <remarks>
/// Standard slab algorithm of Lewis and Miller, "Computational Methods of Neutron Transport" (1984), chapter 7:
/// flight length -ln(xi)/Sigma_t, direction cosine 2 xi - 1 after isotropic scattering. The logarithm is
/// <see cref="ScalarMath.Log"/>, not libm. Each unit reseeds its generator, so it repeats exactly.
/// </remarks>
public sealed class MctransportKernel(ulong seed = MctransportKernel.DefaultSeed) : SeededKernel(seed)
{
    /// <summary>The seed of the reference input.</summary>
    public const ulong DefaultSeed = 2026;

    // The former iteration's reference, 1.07 s, times the unit's measured share of its time, 0.1253, gave 0.134 s (2026-12-01);
    // the unit was halved on 2026-12-02 (42,188 histories of the former 84,375), times its measured share of the former unit, 0.5066 (see KernelCatalog).
    private const double ReferenceTime = 0.0679;
    private const ulong Checksum = 0xB9DCDE116449E98C;
    private const int Layers = 8;
    private const int Groups = 6;
    private const int Histories = 42_188;

    private readonly double[] _boundary = new double[Layers + 1];
    private readonly double[] _sigmaTotal = new double[Layers * Groups];
    private readonly double[] _scatterFraction = new double[Layers * Groups];
    private readonly double[] _groupCdf = new double[Layers * Groups * Groups];
    private readonly double[] _flux = new double[Layers * Groups];
    private readonly long[] _absorbed = new long[Layers * Groups];

    /// <inheritdoc />
    public override string Name => "mctransport";

    /// <inheritdoc />
    public override string Description => "Monte-Carlo multigroup particle transport through slabs (HEP simulation)";

    /// <inheritdoc />
    public override double ReferenceSeconds => ReferenceTime;

    /// <inheritdoc />
    public override ulong ExpectedChecksum => Checksum;

    /// <inheritdoc />
    protected override void GenerateInput()
    {
        var rng = new Xoshiro256StarStar(Seed);
        for (var layer = 0; layer < Layers; layer++)
        {
            _boundary[layer + 1] = _boundary[layer] + rng.NextDouble(0.5, 3.0);
            for (var g = 0; g < Groups; g++)
            {
                var index = (layer * Groups) + g;
                _sigmaTotal[index] = rng.NextDouble(0.5, 3.0);
                _scatterFraction[index] = rng.NextDouble(0.7, 0.97);

                // Scattering only keeps or lowers the energy group; the weights form a cumulative table.
                var row = index * Groups;
                var total = 0.0;
                for (var to = g; to < Groups; to++)
                {
                    total += rng.NextDouble(0.1, 1.0);
                    _groupCdf[row + to] = total;
                }

                for (var to = g; to < Groups; to++)
                {
                    _groupCdf[row + to] /= total;
                }
            }
        }
    }

    /// <inheritdoc />
    protected override ulong RunUnitCore()
    {
        for (var i = 0; i < _flux.Length; i++)
        {
            _flux[i] = 0.0;
            _absorbed[i] = 0;
        }

        var rng = new Xoshiro256StarStar(Seed ^ 0x7EA57EA57EA57EA5UL);
        long reflected = 0;
        long transmitted = 0;
        long collisions = 0;
        for (var history = 0; history < Histories; history++)
        {
            var outcome = Transport(rng, ref collisions);
            reflected += outcome < 0 ? 1 : 0;
            transmitted += outcome > 0 ? 1 : 0;
        }

        var hash = Fnv1a.Add(Fnv1a.OffsetBasis, reflected);
        hash = Fnv1a.Add(hash, transmitted);
        hash = Fnv1a.Add(hash, collisions);
        for (var i = 0; i < _flux.Length; i++)
        {
            hash = Fnv1a.Add(hash, _flux[i]);
            hash = Fnv1a.Add(hash, _absorbed[i]);
        }

        return hash;
    }

    /// <summary>Follows one particle; returns -1 if it leaks back, +1 if it leaks through, 0 if absorbed.</summary>
    private int Transport(Xoshiro256StarStar rng, ref long collisions)
    {
        var x = 0.0;
        var mu = rng.NextDouble();
        var layer = 0;
        var group = 0;
        while (true)
        {
            var index = (layer * Groups) + group;
            var flight = -ScalarMath.Log(1.0 - rng.NextDouble()) / _sigmaTotal[index];
            var toBoundary = mu > 0.0 ? (_boundary[layer + 1] - x) / mu
                : mu < 0.0 ? (_boundary[layer] - x) / mu
                : double.MaxValue;
            if (flight >= toBoundary)
            {
                _flux[index] += toBoundary;
                if (mu > 0.0)
                {
                    x = _boundary[++layer];
                    if (layer == Layers)
                    {
                        return 1;
                    }
                }
                else
                {
                    x = _boundary[layer];
                    if (--layer < 0)
                    {
                        return -1;
                    }
                }

                continue;
            }

            _flux[index] += flight;
            x += flight * mu;
            collisions++;
            if (rng.NextDouble() >= _scatterFraction[index])
            {
                _absorbed[index]++;
                return 0;
            }

            var xi = rng.NextDouble();
            var row = index * Groups;
            while (group < Groups - 1 && xi >= _groupCdf[row + group])
            {
                group++;
            }

            mu = (2.0 * rng.NextDouble()) - 1.0;
        }
    }
}

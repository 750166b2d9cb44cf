using Calibrate.Workloads.Determinism;
using Calibrate.Workloads.Kernels.Kalman;

namespace Calibrate.Workloads.Kernels;

/// <summary>
/// Kalman-filter track fit with a Rauch-Tung-Striebel smoother over generated hits in a planar detector: the
/// small dense-matrix floating point of HEP reconstruction.
/// </summary>
/// <remarks>
/// Frühwirth, "Application of Kalman filtering to track and vertex fitting", NIM A 262 (1987) 444,
/// doi:10.1016/0168-9002(87)90887-4. State (x, y, tx, ty, q/p) along z; linearised bending in x; multiple
/// scattering as process noise on the slopes; hit noise from <see cref="Xoshiro256StarStar.NextGaussian"/>.
/// A unit fits 600 tracks once each. The fit is compute-bound (about 140 5x5 matrix products and 23 inversions per
/// track), so the hits (225 KiB) matter little to the timing.
/// </remarks>
public sealed class KalmanKernel(ulong seed = KalmanKernel.DefaultSeed) : SeededKernel(seed)
{
    /// <summary>The seed of the reference input.</summary>
    public const ulong DefaultSeed = 1987;

    // The former iteration's reference, 1.09 s, times the unit's measured share of its time, 0.1262, gave 0.138 s (2026-12-01);
    // the unit was halved on 2026-12-02 (600 tracks of the former 1,200), times its measured share of the former unit, 0.4826 (see KernelCatalog).
    private const double ReferenceTime = 0.0666;
    private const ulong Checksum = 0x37B0505CA80B78F3;
    private const int N = Matrix5.N;
    private const int Tracks = 600;
    private const int Planes = 24;
    private const double PlaneSpacing = 10.0;
    private const double Bending = 0.003;
    private const double HitSigma = 0.01;
    private const double ScatterSigma = 0.0005;
    private const double SeedVariance = 100.0;

    private readonly double[] _hitX = new double[Tracks * Planes];
    private readonly double[] _hitY = new double[Tracks * Planes];
    private readonly double[] _transport = new double[N * N];
    private readonly double[][] _predictedState = Allocate(Planes, N);
    private readonly double[][] _predictedCov = Allocate(Planes, N * N);
    private readonly double[][] _filteredState = Allocate(Planes, N);
    private readonly double[][] _filteredCov = Allocate(Planes, N * N);
    private readonly double[] _smoothState = new double[N];
    private readonly double[] _smoothCov = new double[N * N];
    private readonly double[] _m1 = new double[N * N];
    private readonly double[] _m2 = new double[N * N];
    private readonly double[] _m3 = new double[N * N];
    private readonly double[] _gain = new double[N * N];
    private readonly double[] _v1 = new double[N];

    /// <inheritdoc />
    public override string Name => "kalman";

    /// <inheritdoc />
    public override string Description => "Kalman-filter and smoother track fit, 5x5 matrices (HEP reconstruction)";

    /// <inheritdoc />
    public override double ReferenceSeconds => ReferenceTime;

    /// <inheritdoc />
    public override ulong ExpectedChecksum => Checksum;

    /// <inheritdoc />
    protected override void GenerateInput()
    {
        var rng = new Xoshiro256StarStar(Seed);
        for (var i = 0; i < N * N; i++)
        {
            _transport[i] = i % (N + 1) == 0 ? 1.0 : 0.0;
        }

        _transport[2] = PlaneSpacing;
        _transport[4] = 0.5 * Bending * PlaneSpacing * PlaneSpacing;
        _transport[(1 * N) + 3] = PlaneSpacing;
        _transport[(2 * N) + 4] = Bending * PlaneSpacing;
        for (var t = 0; t < Tracks; t++)
        {
            var x = rng.NextDouble(-1.0, 1.0);
            var y = rng.NextDouble(-1.0, 1.0);
            var tx = rng.NextDouble(-0.3, 0.3);
            var ty = rng.NextDouble(-0.3, 0.3);
            var qop = rng.NextDouble(-1.0, 1.0);
            for (var p = 0; p < Planes; p++)
            {
                _hitX[(t * Planes) + p] = x + (HitSigma * rng.NextGaussian());
                _hitY[(t * Planes) + p] = y + (HitSigma * rng.NextGaussian());
                x += (tx * PlaneSpacing) + (0.5 * Bending * qop * PlaneSpacing * PlaneSpacing);
                y += ty * PlaneSpacing;
                tx += (Bending * qop * PlaneSpacing) + (ScatterSigma * rng.NextGaussian());
                ty += ScatterSigma * rng.NextGaussian();
            }
        }
    }

    /// <inheritdoc />
    protected override ulong RunUnitCore()
    {
        var hash = Fnv1a.OffsetBasis;
        for (var t = 0; t < Tracks; t++)
        {
            var chi2 = Filter(t);
            chi2 += Smooth(t);
            hash = Fnv1a.Add(hash, chi2);
            for (var i = 0; i < N; i++)
            {
                hash = Fnv1a.Add(hash, _smoothState[i]);
            }
        }

        return hash;
    }

    private double Filter(int track)
    {
        var chi2 = 0.0;
        for (var p = 0; p < Planes; p++)
        {
            var state = _predictedState[p];
            var cov = _predictedCov[p];
            if (p == 0)
            {
                for (var i = 0; i < N; i++)
                {
                    state[i] = 0.0;
                }

                state[0] = _hitX[track * Planes];
                state[1] = _hitY[track * Planes];
                for (var i = 0; i < N * N; i++)
                {
                    cov[i] = i % (N + 1) == 0 ? SeedVariance : 0.0;
                }
            }
            else
            {
                Predict(_filteredState[p - 1], _filteredCov[p - 1], state, cov);
            }

            chi2 += Update(state, cov, _hitX[(track * Planes) + p], _hitY[(track * Planes) + p], _filteredState[p], _filteredCov[p]);
        }

        return chi2;
    }

    private void Predict(double[] state, double[] cov, double[] nextState, double[] nextCov)
    {
        Matrix5.Apply(_transport, state, nextState);
        Matrix5.Multiply(_transport, cov, _m1);
        Matrix5.MultiplyTransposed(_m1, _transport, nextCov);

        // Scattering grows with the slope: the path through the plane is longer.
        var slope2 = (state[2] * state[2]) + (state[3] * state[3]);
        var variance = ScatterSigma * ScatterSigma * (1.0 + slope2);
        nextCov[(2 * N) + 2] += variance;
        nextCov[(3 * N) + 3] += variance;
    }

    /// <summary>Gain-matrix update with a 2D (x, y) measurement; returns the hit's chi-square contribution.</summary>
    private static double Update(double[] state, double[] cov, double hitX, double hitY, double[] outState, double[] outCov)
    {
        var r = HitSigma * HitSigma;
        var s00 = cov[0] + r;
        var s01 = cov[1];
        var s11 = cov[N + 1] + r;
        var det = (s00 * s11) - (s01 * s01);
        var i00 = s11 / det;
        var i01 = -s01 / det;
        var i11 = s00 / det;
        var rx = hitX - state[0];
        var ry = hitY - state[1];
        for (var i = 0; i < N; i++)
        {
            var k0 = (cov[i * N] * i00) + (cov[(i * N) + 1] * i01);
            var k1 = (cov[i * N] * i01) + (cov[(i * N) + 1] * i11);
            outState[i] = state[i] + (k0 * rx) + (k1 * ry);
            for (var j = 0; j < N; j++)
            {
                outCov[(i * N) + j] = cov[(i * N) + j] - (k0 * cov[j]) - (k1 * cov[N + j]);
            }
        }

        return (rx * ((i00 * rx) + (i01 * ry))) + (ry * ((i01 * rx) + (i11 * ry)));
    }

    private double Smooth(int track)
    {
        var chi2 = 0.0;
        Matrix5.Copy(_filteredState[Planes - 1], _smoothState);
        Matrix5.Copy(_filteredCov[Planes - 1], _smoothCov);
        for (var p = Planes - 2; p >= 0; p--)
        {
            // C = P_f F' P_p^-1, then x_s = x_f + C (x_s - x_p), P_s = P_f + C (P_s - P_p) C'.
            Matrix5.InvertSpd(_predictedCov[p + 1], _m1, _m2);
            Matrix5.MultiplyTransposed(_filteredCov[p], _transport, _m1);
            Matrix5.Multiply(_m1, _m2, _gain);
            for (var i = 0; i < N; i++)
            {
                _v1[i] = _smoothState[i] - _predictedState[p + 1][i];
            }

            for (var i = 0; i < N * N; i++)
            {
                _m3[i] = _smoothCov[i] - _predictedCov[p + 1][i];
            }

            Matrix5.Apply(_gain, _v1, _smoothState);
            Matrix5.Multiply(_gain, _m3, _m1);
            Matrix5.MultiplyTransposed(_m1, _gain, _smoothCov);
            for (var i = 0; i < N; i++)
            {
                _smoothState[i] += _filteredState[p][i];
            }

            for (var i = 0; i < N * N; i++)
            {
                _smoothCov[i] += _filteredCov[p][i];
            }

            var dx = _hitX[(track * Planes) + p] - _smoothState[0];
            var dy = _hitY[(track * Planes) + p] - _smoothState[1];
            chi2 += ((dx * dx) + (dy * dy)) / (HitSigma * HitSigma);
        }

        return chi2;
    }

    private static double[][] Allocate(int count, int length)
    {
        var arrays = new double[count][];
        for (var i = 0; i < count; i++)
        {
            arrays[i] = new double[length];
        }

        return arrays;
    }
}

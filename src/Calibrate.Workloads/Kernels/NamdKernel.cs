using Calibrate.Workloads.Determinism;

namespace Calibrate.Workloads.Kernels;

/// <summary>
/// Molecular dynamics with a truncated Lennard-Jones potential, cell lists and velocity Verlet: the
/// short-range non-bonded force loop that dominates 444.namd.
/// </summary>
/// <remarks>
/// Reduced LJ units (sigma = epsilon = mass = 1), cutoff 2.5 sigma as in Allen and Tildesley, "Computer
/// Simulation of Liquids" (2nd ed., 2017), section 5.3. Each unit restarts from the generated state and makes one
/// velocity-Verlet step: two force evaluations over all 4096 atoms (the start's and the step's), which is where the
/// time goes, as in namd. A force evaluation costs the same at every step of the former 13-step iteration
/// (measured), so the unit's first step stands for all of them.
/// </remarks>
public sealed class NamdKernel(ulong seed = NamdKernel.DefaultSeed) : SeededKernel(seed)
{
    /// <summary>The seed of the reference input.</summary>
    public const ulong DefaultSeed = 444;

    // The former iteration's reference, 1.06 s, times the unit's measured share of its time, 0.1445 (see KernelCatalog).
    private const double ReferenceTime = 0.153;
    private const ulong Checksum = 0x2F1E24E381D04508;
    private const int LatticeSide = 16;
    private const int Atoms = LatticeSide * LatticeSide * LatticeSide;
    private const double Density = 0.8;
    private const double Cutoff = 2.5;
    private const double TimeStep = 0.004;
    private const int Steps = 1;
    private const double Jitter = 0.05;
    private const double InitialSpeed = 1.0;

    // The 13 neighbour cells of the half shell: every unordered cell pair is visited once (Newton's third law).
    private static readonly int[] HalfShell =
    [
        1, 0, 0, 1, 1, 0, 0, 1, 0, -1, 1, 0,
        1, 0, 1, 1, 1, 1, 0, 1, 1, -1, 1, 1,
        1, 0, -1, 1, 1, -1, 0, 1, -1, -1, 1, -1,
        0, 0, 1,
    ];

    private readonly double[] _x0 = new double[3 * Atoms];
    private readonly double[] _v0 = new double[3 * Atoms];
    private readonly double[] _x = new double[3 * Atoms];
    private readonly double[] _v = new double[3 * Atoms];
    private readonly double[] _f = new double[3 * Atoms];
    private readonly int[] _next = new int[Atoms];
    private int[] _cellHead = [];
    private double _box;
    private int _cellsPerSide;
    private double _cellSize;

    /// <inheritdoc />
    public override string Name => "namd";

    /// <inheritdoc />
    public override string Description => "Lennard-Jones molecular dynamics with cell lists (444.namd)";

    /// <inheritdoc />
    public override double ReferenceSeconds => ReferenceTime;

    /// <inheritdoc />
    public override ulong ExpectedChecksum => Checksum;

    /// <inheritdoc />
    protected override void GenerateInput()
    {
        var rng = new Xoshiro256StarStar(Seed);
        var volume = Atoms / Density;
        _box = Math.Floor(Cbrt(volume) * 1e6) / 1e6;
        _cellsPerSide = (int)Math.Floor(_box / Cutoff);
        _cellSize = _box / _cellsPerSide;
        _cellHead = new int[_cellsPerSide * _cellsPerSide * _cellsPerSide];
        var spacing = _box / LatticeSide;
        var atom = 0;
        for (var i = 0; i < LatticeSide; i++)
        {
            for (var j = 0; j < LatticeSide; j++)
            {
                for (var k = 0; k < LatticeSide; k++)
                {
                    _x0[3 * atom] = ((i + 0.5) * spacing) + rng.NextDouble(-Jitter, Jitter);
                    _x0[(3 * atom) + 1] = ((j + 0.5) * spacing) + rng.NextDouble(-Jitter, Jitter);
                    _x0[(3 * atom) + 2] = ((k + 0.5) * spacing) + rng.NextDouble(-Jitter, Jitter);
                    atom++;
                }
            }
        }

        for (var i = 0; i < 3 * Atoms; i++)
        {
            _v0[i] = rng.NextDouble(-InitialSpeed, InitialSpeed);
        }
    }

    /// <inheritdoc />
    protected override ulong RunUnitCore()
    {
        for (var i = 0; i < 3 * Atoms; i++)
        {
            _x[i] = _x0[i];
            _v[i] = _v0[i];
        }

        var potential = ComputeForces();
        var halfStep = 0.5 * TimeStep;
        for (var step = 0; step < Steps; step++)
        {
            for (var i = 0; i < 3 * Atoms; i++)
            {
                _v[i] += halfStep * _f[i];
                _x[i] = Wrap(_x[i] + (TimeStep * _v[i]));
            }

            potential = ComputeForces();
            for (var i = 0; i < 3 * Atoms; i++)
            {
                _v[i] += halfStep * _f[i];
            }
        }

        var hash = Fnv1a.Add(Fnv1a.OffsetBasis, potential);
        for (var i = 0; i < 3 * Atoms; i++)
        {
            hash = Fnv1a.Add(hash, _x[i]);
            hash = Fnv1a.Add(hash, _v[i]);
        }

        return hash;
    }

    private double ComputeForces()
    {
        for (var i = 0; i < 3 * Atoms; i++)
        {
            _f[i] = 0.0;
        }

        BuildCells();
        var n = _cellsPerSide;
        var potential = 0.0;
        for (var cx = 0; cx < n; cx++)
        {
            for (var cy = 0; cy < n; cy++)
            {
                for (var cz = 0; cz < n; cz++)
                {
                    var home = (((cx * n) + cy) * n) + cz;
                    potential += HomeCellPairs(home);
                    for (var neighbour = 0; neighbour < HalfShell.Length; neighbour += 3)
                    {
                        var ox = Modulo(cx + HalfShell[neighbour], n);
                        var oy = Modulo(cy + HalfShell[neighbour + 1], n);
                        var oz = Modulo(cz + HalfShell[neighbour + 2], n);
                        potential += CellPairs(home, (((ox * n) + oy) * n) + oz);
                    }
                }
            }
        }

        return potential;
    }

    private void BuildCells()
    {
        for (var c = 0; c < _cellHead.Length; c++)
        {
            _cellHead[c] = -1;
        }

        var n = _cellsPerSide;
        for (var i = 0; i < Atoms; i++)
        {
            var cx = CellOf(_x[3 * i]);
            var cy = CellOf(_x[(3 * i) + 1]);
            var cz = CellOf(_x[(3 * i) + 2]);
            var cell = (((cx * n) + cy) * n) + cz;
            _next[i] = _cellHead[cell];
            _cellHead[cell] = i;
        }
    }

    private double HomeCellPairs(int cell)
    {
        var potential = 0.0;
        for (var i = _cellHead[cell]; i >= 0; i = _next[i])
        {
            for (var j = _next[i]; j >= 0; j = _next[j])
            {
                potential += Pair(i, j);
            }
        }

        return potential;
    }

    private double CellPairs(int cellA, int cellB)
    {
        var potential = 0.0;
        for (var i = _cellHead[cellA]; i >= 0; i = _next[i])
        {
            for (var j = _cellHead[cellB]; j >= 0; j = _next[j])
            {
                potential += Pair(i, j);
            }
        }

        return potential;
    }

    private double Pair(int i, int j)
    {
        var dx = MinimumImage(_x[3 * i] - _x[3 * j]);
        var dy = MinimumImage(_x[(3 * i) + 1] - _x[(3 * j) + 1]);
        var dz = MinimumImage(_x[(3 * i) + 2] - _x[(3 * j) + 2]);
        var r2 = (dx * dx) + (dy * dy) + (dz * dz);
        if (r2 >= Cutoff * Cutoff)
        {
            return 0.0;
        }

        var inv2 = 1.0 / r2;
        var inv6 = inv2 * inv2 * inv2;
        var scale = 24.0 * inv2 * inv6 * ((2.0 * inv6) - 1.0);
        _f[3 * i] += scale * dx;
        _f[(3 * i) + 1] += scale * dy;
        _f[(3 * i) + 2] += scale * dz;
        _f[3 * j] -= scale * dx;
        _f[(3 * j) + 1] -= scale * dy;
        _f[(3 * j) + 2] -= scale * dz;
        return 4.0 * inv6 * (inv6 - 1.0);
    }

    private double MinimumImage(double d)
    {
        var half = 0.5 * _box;
        if (d > half)
        {
            return d - _box;
        }

        return d < -half ? d + _box : d;
    }

    private double Wrap(double coordinate)
    {
        if (coordinate >= _box)
        {
            return coordinate - _box;
        }

        return coordinate < 0.0 ? coordinate + _box : coordinate;
    }

    private int CellOf(double coordinate)
    {
        var cell = (int)(coordinate / _cellSize);
        return cell >= _cellsPerSide ? _cellsPerSide - 1 : cell;
    }

    private static int Modulo(int value, int n) => ((value % n) + n) % n;

    /// <summary>Cube root by Newton's method, since Math.Cbrt is a libm call.</summary>
    private static double Cbrt(double value)
    {
        var guess = value / 3.0;
        for (var i = 0; i < 100; i++)
        {
            guess -= ((guess * guess * guess) - value) / (3.0 * guess * guess);
        }

        return guess;
    }
}

using Calibrate.Workloads.Determinism;
using Calibrate.Workloads.Kernels.Astar;

namespace Calibrate.Workloads.Kernels;

/// <summary>
/// A* path finding on generated cave-like grid maps with 8-connected moves and integer costs: the
/// branchy, cache-missing integer character of 473.astar.
/// </summary>
/// <remarks>
/// Hart, Nilsson and Raphael, "A formal basis for the heuristic determination of minimum cost paths", IEEE
/// Trans. SSC 4 (1968), doi:10.1109/TSSC.1968.300136. Costs 10 (straight) and 14 (diagonal) with the octile
/// heuristic, which is admissible for them. Maps are random fields smoothed by a cellular automaton.
/// Search lengths vary widely (from 1,000 to 77,000 cells expanded), so the number of searches per unit is chosen
/// for its mix: the first six expand 21,500 cells each on average, as the first 36 did (22,000), at the same cost
/// per expanded cell (measured); the first five would average 16,000, with no search over 32,000.
/// </remarks>
public sealed class AstarKernel(ulong seed = AstarKernel.DefaultSeed) : SeededKernel(seed)
{
    /// <summary>The seed of the reference input.</summary>
    public const ulong DefaultSeed = 473;

    // The former iteration's reference, 1.23 s, times the unit's measured share of its time, 0.1635 (see KernelCatalog).
    private const double ReferenceTime = 0.201;
    private const ulong Checksum = 0x6904919E9F2B9234;
    private const int Side = 1024;
    private const int Cells = Side * Side;
    private const int Searches = 6;
    private const double WallFraction = 0.42;
    private const int SmoothingRounds = 4;
    private const int Straight = 10;
    private const int Diagonal = 14;

    private static readonly int[] StepX = [1, -1, 0, 0, 1, 1, -1, -1];
    private static readonly int[] StepY = [0, 0, 1, -1, 1, -1, 1, -1];

    private readonly bool[] _wall = new bool[Cells];
    private readonly int[] _g = new int[Cells];
    private readonly int[] _parent = new int[Cells];
    private readonly int[] _searchStamp = new int[Cells];
    private readonly bool[] _closed = new bool[Cells];
    private readonly int[] _starts = new int[Searches];
    private readonly int[] _goals = new int[Searches];
    private readonly OpenList _open = new();

    /// <inheritdoc />
    public override string Name => "astar";

    /// <inheritdoc />
    public override string Description => "A* path finding on generated grid maps (473.astar)";

    /// <inheritdoc />
    public override double ReferenceSeconds => ReferenceTime;

    /// <inheritdoc />
    public override ulong ExpectedChecksum => Checksum;

    /// <inheritdoc />
    protected override void GenerateInput()
    {
        var rng = new Xoshiro256StarStar(Seed);
        for (var i = 0; i < Cells; i++)
        {
            _wall[i] = rng.NextDouble() < WallFraction;
        }

        var scratch = new bool[Cells];
        for (var round = 0; round < SmoothingRounds; round++)
        {
            Smooth(scratch);
        }

        for (var s = 0; s < Searches; s++)
        {
            _starts[s] = RandomOpenCell(rng);
            _goals[s] = RandomOpenCell(rng);
        }
    }

    /// <inheritdoc />
    protected override ulong RunUnitCore()
    {
        for (var i = 0; i < Cells; i++)
        {
            _searchStamp[i] = -1;
        }

        var hash = Fnv1a.OffsetBasis;
        for (var s = 0; s < Searches; s++)
        {
            var (cost, expanded) = Search(s, _starts[s], _goals[s]);
            hash = Fnv1a.Add(hash, cost);
            hash = Fnv1a.Add(hash, expanded);
            for (var cell = _goals[s]; cost >= 0 && cell != _starts[s]; cell = _parent[cell])
            {
                hash = Fnv1a.Add(hash, cell);
            }
        }

        return hash;
    }

    private (int Cost, int Expanded) Search(int search, int start, int goal)
    {
        _open.Clear();
        Touch(search, start);
        _g[start] = 0;
        _open.Push(OpenList.Key(Heuristic(start, goal), 0, start));
        var expanded = 0;
        while (_open.Count > 0)
        {
            var cell = OpenList.CellOf(_open.Pop());
            if (_closed[cell])
            {
                continue;
            }

            if (cell == goal)
            {
                return (_g[cell], expanded);
            }

            _closed[cell] = true;
            expanded++;
            var x = cell % Side;
            var y = cell / Side;
            for (var k = 0; k < StepX.Length; k++)
            {
                var nx = x + StepX[k];
                var ny = y + StepY[k];
                if (nx < 0 || ny < 0 || nx >= Side || ny >= Side)
                {
                    continue;
                }

                var next = (ny * Side) + nx;
                var diagonal = k >= 4;

                // No corner cutting: a diagonal move needs both orthogonal neighbours open.
                if (_wall[next] || (diagonal && (_wall[(y * Side) + nx] || _wall[(ny * Side) + x])))
                {
                    continue;
                }

                Touch(search, next);
                var g = _g[cell] + (diagonal ? Diagonal : Straight);
                if (_closed[next] || g >= _g[next])
                {
                    continue;
                }

                _g[next] = g;
                _parent[next] = cell;
                _open.Push(OpenList.Key(g + Heuristic(next, goal), g, next));
            }
        }

        return (-1, expanded);
    }

    // Lazily resets a cell's search state the first time a search touches it, instead of clearing the grid.
    private void Touch(int search, int cell)
    {
        if (_searchStamp[cell] != search)
        {
            _searchStamp[cell] = search;
            _g[cell] = int.MaxValue;
            _closed[cell] = false;
        }
    }

    private static int Heuristic(int from, int to)
    {
        var dx = Math.Abs((from % Side) - (to % Side));
        var dy = Math.Abs((from / Side) - (to / Side));
        var low = Math.Min(dx, dy);
        var high = Math.Max(dx, dy);
        return (Diagonal * low) + (Straight * (high - low));
    }

    private int RandomOpenCell(Xoshiro256StarStar rng)
    {
        while (true)
        {
            var cell = rng.NextInt(Cells);
            if (!_wall[cell])
            {
                return cell;
            }
        }
    }

    // One round of the 4-5 cave rule: a cell becomes wall when five or more of its 3x3 block are walls.
    private void Smooth(bool[] scratch)
    {
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                var walls = 0;
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var nx = x + dx;
                        var ny = y + dy;
                        var outside = nx < 0 || ny < 0 || nx >= Side || ny >= Side;
                        walls += outside || _wall[(ny * Side) + nx] ? 1 : 0;
                    }
                }

                scratch[(y * Side) + x] = walls >= 5;
            }
        }

        for (var i = 0; i < Cells; i++)
        {
            _wall[i] = scratch[i];
        }
    }
}

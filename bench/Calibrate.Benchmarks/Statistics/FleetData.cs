using Calibrate.Core.Results;

namespace Calibrate.Benchmarks.Statistics;

/// <summary>
/// Seeded synthetic fleet: nodes × runs result summaries over 40 CPU models and 20 labels, 4 kernels each; about 0.5%
/// of nodes run 15% slow (a power-saving misconfiguration) and 1% of results are disturbed.
/// </summary>
public static class FleetData
{
    public const int Labels = 20;
    public const int CpuModels = 40;

    private static readonly string[] Kernels = ["alpha", "beta", "gamma", "delta"];

    public static ResultSummary[] Create(int nodes, int runsPerNode, int seed = 20261121)
    {
        var random = new Random(seed);
        var results = new ResultSummary[nodes * runsPerNode];
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var n = 0; n < nodes; n++)
        {
            var model = n % CpuModels;
            var copies = 16 + (8 * (model % 4));
            var perCopy = 8.0 + (0.2 * model);
            var slow = random.NextDouble() < 0.005 ? 0.85 : 1.0;
            var host = $"wn{n:000000}";
            var cpu = $"CPU model {model:00}";
            var label = $"label-{n % Labels:00}";
            for (var r = 0; r < runsPerNode; r++)
            {
                var score = perCopy * slow * (1 + (0.01 * ((random.NextDouble() + random.NextDouble() + random.NextDouble()) - 1.5)));
                var kernels = new Dictionary<string, double>(Kernels.Length, StringComparer.Ordinal);
                foreach (var k in Kernels)
                {
                    kernels[k] = score * (0.9 + (0.2 * random.NextDouble()));
                }

                results[(n * runsPerNode) + r] = new ResultSummary
                {
                    Id = new Guid(n, (short)r, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                    Hostname = host,
                    Label = label,
                    CpuModel = cpu,
                    StartedUtc = start.AddHours(r),
                    Copies = copies,
                    Pinning = "none",
                    Profile = "quick",
                    NodeScore = score * copies,
                    Disturbed = random.NextDouble() < 0.01,
                    KernelScores = kernels,
                };
            }
        }

        return results;
    }
}

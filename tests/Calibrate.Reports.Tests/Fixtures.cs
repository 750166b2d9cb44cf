using Calibrate.Reports.Charts;
using Calibrate.Reports.Plotting;
using Calibrate.Reports.Reports;

namespace Calibrate.Reports.Tests;

/// <summary>Deterministic chart inputs (seeded), small for snapshots and large for the collision tests.</summary>
public static class Fixtures
{
    public static readonly string[] Kernels = ["dense-matrix", "fft", "graph-bfs", "hash-join", "json-parse", "lzma", "monte-carlo", "sort"];

    public static IReadOnlyList<LabelScore> Labels(int count, int seed = 1, bool longNames = false)
    {
        var random = new Random(seed);
        var list = new List<LabelScore> { new LabelScore("bare", 12.0, 11.9, 12.1, 10, true) };
        for (var i = 1; i < count; i++)
        {
            var mean = 12.0 * (0.9 + (0.12 * random.NextDouble()));
            var half = 0.05 + (0.2 * random.NextDouble());
            var name = longNames ? $"kvm-{i}x8-pinned-numa-hugepages-host-passthrough-{i}" : $"kvm-{i}x8";
            list.Add(new LabelScore(name, mean, mean - half, mean + half, 5 + i, false)
            {
                Ratio = mean / 12.0,
                RatioLow = (mean - half) / 12.1,
                RatioHigh = (mean + half) / 11.9,
                PValue = 0.01 * i,
            });
        }

        return list;
    }

    public static IReadOnlyList<ScalingPoint> Scaling(int maxCopies = 16)
    {
        var points = new List<ScalingPoint>();
        string[] pinnings = ["core", "none", "numa", "thread"];
        for (var p = 0; p < pinnings.Length; p++)
        {
            for (var c = 1; c <= maxCopies; c++)
            {
                // Linear to 8 physical cores, then SMT adds ~25%, then flat.
                var score = 10.0 * (c <= 8 ? c : 8 + (Math.Min(c - 8, 8) * 0.25)) * (1 - (0.02 * p));
                var half = score * 0.01;
                points.Add(new ScalingPoint(pinnings[p], c, Math.Round(score, 3), Math.Round(score - half, 3), Math.Round(score + half, 3)));
            }
        }

        return points;
    }

    public static (IReadOnlyList<CalibrationPoint> Points, CalibrationCurve Curve) Calibration()
    {
        var points = new[]
        {
            new CalibrationPoint("wn-ref-01", 100, 1010), new CalibrationPoint("wn-ref-02", 120, 1190),
            new CalibrationPoint("wn-ref-03", 150, 1530), new CalibrationPoint("wn-ref-04", 180, 1790),
            new CalibrationPoint("wn-ref-05", 181, 1830), new CalibrationPoint("wn-ref-06", 240, 2420),
        };
        var band = Enumerable.Range(0, 11).Select(i => 90.0 + (i * 16)).Select(x => new BandPoint(x, (10 * x) - 60 - (0.1 * x), (10 * x) + 60 + (0.1 * x))).ToArray();
        return (points, new CalibrationCurve(10, 0, band, "HS06 = 10.0 x score (through the origin), n = 6, residual 1.6%"));
    }

    public static IReadOnlyList<KernelRatioPoint> KernelRatios(int labels)
    {
        var random = new Random(7);
        return [.. Labels(labels).Where(l => !l.IsBaseline).SelectMany(l => Kernels.Select(k => new KernelRatioPoint(k, l.Label, Math.Round(0.85 + (0.2 * random.NextDouble()), 4))))];
    }

    public static IReadOnlyList<FleetNode> Fleet(int nodes, double outlierShare = 0.02)
    {
        var random = new Random(11);
        string[] models = ["AMD EPYC 7302 16-Core Processor", "AMD EPYC 7763 64-Core Processor", "Intel(R) Xeon(R) Gold 6326 CPU @ 2.90GHz", "Intel(R) Xeon(R) Silver 4216 CPU @ 2.10GHz"];
        double[] medians = [320, 1450, 560, 410];
        return [.. Enumerable.Range(0, nodes).Select(i =>
        {
            var m = i % models.Length;
            var outlier = random.NextDouble() < outlierShare;
            var score = medians[m] * (1 + (0.015 * (random.NextDouble() - 0.5))) * (outlier ? 0.8 : 1);
            return new FleetNode(models[m], $"wn{i:D4}.example-site.org", Math.Round(score, 2), outlier);
        })];
    }

    public static IReadOnlyList<HistoryPoint> History(int runs)
    {
        var random = new Random(3);
        var start = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        return [.. Enumerable.Range(0, runs).Select(i =>
        {
            var score = (i < runs / 2 ? 400 : 388) + (4 * (random.NextDouble() - 0.5));
            return new HistoryPoint(start.AddHours(i * 7), Math.Round(score, 2)) { Low = Math.Round(score - 3, 2), High = Math.Round(score + 3, 2), Label = i < runs / 2 ? "kvm-old" : "kvm-new" };
        })];
    }

    public static ReportInput Report(int labels = 6)
    {
        var (points, curve) = Calibration();
        return new ReportInput
        {
            Title = "Comparison of VM layouts on wn-test-01",
            GeneratedUtc = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero),
            ResultCount = 120,
            Baseline = "bare",
            Labels = Labels(labels),
            Scaling = Scaling(),
            CalibrationReferences = points,
            Calibration = curve,
            KernelRatios = KernelRatios(labels),
            Fleet = Fleet(200, 0.03),
            HistoryHost = "wn-test-01",
            History = History(40),
            Notes = ["Welch's unequal-variance t-test (two-sided)", "2 disturbed runs excluded"],
        };
    }
}

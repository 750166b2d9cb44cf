using System.Text.Json;
using Calibrate.Statistics.Priors;
using Calibrate.Statistics.Tests.Support;
using Calibrate.TestSupport.Results;

namespace Calibrate.Statistics.Tests.Priors;

/// <summary>
/// The prior of a node from the shipped table: against the Python reference for exact, nearest and converted layouts
/// and a VM; the reasons when there is none; scale invariance; and, on seeded synthetic tables, that its interval
/// covers a new site's value at least at its stated level.
/// </summary>
public sealed class PublicTablePriorTests
{
    private const double Tolerance = 1e-10;

    private static IEnumerable<TestCaseData> ReferencePriors() =>
        TestFiles.Vectors("prior_vectors.json").GetProperty("priors").EnumerateArray().Select(p => new TestCaseData(p.GetRawText())
            .SetArgDisplayNames($"{p.GetProperty("cpu").GetString()}, SMT {(p.GetProperty("smt").GetBoolean() ? "on" : "off")}, {p.GetProperty("logical_cpus").GetInt32()}{(p.GetProperty("hypervisor").ValueKind == JsonValueKind.Null ? "" : ", VM")}"));

    [TestCaseSource(nameof(ReferencePriors))]
    public void Matches_the_reference(string json)
    {
        var e = JsonDocument.Parse(json).RootElement;
        var node = new NodeLayout(e.GetProperty("cpu").GetString()!, e.GetProperty("smt").GetBoolean(), e.GetProperty("logical_cpus").GetInt32(), e.GetProperty("hypervisor").GetString());
        var outcome = PublicTablePrior.Shipped.PriorFor(node);
        var prior = outcome.Prior;
        Assert.That(prior, Is.Not.Null, outcome.Reason);
        Assert.Multiple(() =>
        {
            Assert.That(prior!.Model, Is.EqualTo(e.GetProperty("model").GetString()));
            Assert.That(prior.Rule.ToString(), Is.EqualTo(e.GetProperty("rule").GetString()));
            Assert.That(prior.Rows.Select(r => r.Row.Line), Is.EqualTo(e.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32())));
            Assert.That(prior.Hs23PerLogicalCpu, Is.EqualTo(e.Number("per_logical_cpu")).Within(Tolerance));
            Assert.That(prior.Hs23WholeNode, Is.EqualTo(e.Number("whole_node")).Within(1e-8));
            Assert.That(prior.RelativeSd, Is.EqualTo(e.Number("relative_sd")).Within(1e-12));
            Assert.That(prior.DegreesOfFreedom, Is.EqualTo(e.Number("df")).Within(1e-8));
            Assert.That(prior.Hs23PerLogicalCpuLow, Is.EqualTo(e.Number("low")).Within(1e-8));
            Assert.That(prior.Hs23PerLogicalCpuHigh, Is.EqualTo(e.Number("high")).Within(1e-8));
        });
    }

    [Test]
    public void The_reference_server_gets_its_own_figure_from_its_probe()
    {
        // HEPscore23's reference machine: a 64-thread Gold 6326, HS23 = HS06 = 1018 by definition.
        var probe = new TestResult { CpuModel = "Intel(R) Xeon(R) Gold 6326 CPU @ 2.90GHz", Cpus = 64, Sockets = 2, ThreadsPerCore = 2, Hypervisor = null }.Build().Probe;
        var prior = PublicTablePrior.For(probe).Prior!;
        Assert.Multiple(() =>
        {
            Assert.That(prior.Rule, Is.EqualTo(LayoutRule.Exact));
            Assert.That(prior.Hs23WholeNode, Is.EqualTo(1018).Within(1));
            Assert.That(prior.Hs23WholeNodeLow, Is.LessThan(1018));
            Assert.That(prior.Hs23WholeNodeHigh, Is.GreaterThan(1018));
            Assert.That(prior.UncertaintyClass, Is.EqualTo(RuleClass.SameSmtState));
            Assert.That(prior.VirtualMachineRelativeSd, Is.Null);
        });
    }

    [Test]
    public void A_virtual_machine_gets_a_wider_interval_around_the_same_centre()
    {
        var bare = PublicTablePrior.Shipped.PriorFor(new NodeLayout("AMD EPYC 7302 16-Core Processor", true, 64, null)).Prior!;
        var vm = PublicTablePrior.Shipped.PriorFor(new NodeLayout("AMD EPYC 7302 16-Core Processor", true, 64, "KVM")).Prior!;
        Assert.Multiple(() =>
        {
            Assert.That(vm.Hs23PerLogicalCpu, Is.EqualTo(bare.Hs23PerLogicalCpu));
            Assert.That(vm.RelativeSd, Is.EqualTo(Math.Sqrt((bare.RelativeSd * bare.RelativeSd) + (0.102 * 0.102))).Within(1e-12));
            Assert.That(vm.VirtualMachineRelativeSd, Is.EqualTo(VirtualMachineWidening.RelativeSd));
            Assert.That(vm.Hs23PerLogicalCpuLow, Is.LessThan(bare.Hs23PerLogicalCpuLow));
            Assert.That(vm.Hs23PerLogicalCpuLow, Is.LessThan(vm.Hs23PerLogicalCpu * (1 - VirtualMachineWidening.LargestPublishedLoss)), "the largest published loss lies inside the interval");
        });
    }

    [TestCase("AMD EPYC", "KVM", "the table has no row of the CPU model \"epyc\" (the node's \"AMD EPYC\"); a hypervisor may show a generic CPU model instead of its host's")]
    [TestCase("AMD Opteron(tm) Processor 6328", null, "the table has no row of the CPU model \"opteron 6328\" (the node's \"AMD Opteron(tm) Processor 6328\")")]
    [TestCase("", null, "the node's CPU model name is empty")]
    public void A_node_whose_model_the_table_lacks_gets_no_prior_and_says_why(string model, string? hypervisor, string reason)
    {
        var outcome = PublicTablePrior.Shipped.PriorFor(new NodeLayout(model, true, 16, hypervisor));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Prior, Is.Null);
            Assert.That(outcome.Reason, Is.EqualTo(reason));
            Assert.That(outcome.TableError, Is.Not.Null);
        });
    }

    [Test]
    public void A_model_in_one_SMT_state_without_pairs_to_convert_it_gets_no_prior()
    {
        var table = Hs23TableCsv.Parse("CPU,# Sockets,Cores/Socket,Threads/core,Ncores,# Meas,Score,Site\nX 1,1,8,1,8,1,100,A\nX 1,1,8,1,8,1,104,B\n", "t.csv", "t");
        var outcome = PublicTablePrior.From(table).PriorFor(new NodeLayout("X 1", true, 16, null));
        Assert.That(outcome.Reason, Is.EqualTo("the table has \"x 1\" only with SMT off and no pairs of SMT-on and SMT-off rows to convert it with"));
    }

    [Test]
    public void A_table_with_no_model_at_two_sites_cannot_state_an_error()
    {
        var table = Hs23TableCsv.Parse("CPU,# Sockets,Cores/Socket,Threads/core,Ncores,# Meas,Score,Site\nX 1,1,8,1,8,1,100,A\n", "t.csv", "t");
        var outcome = PublicTablePrior.From(table).PriorFor(new NodeLayout("X 1", false, 8, null));
        Assert.That(outcome.Reason, Does.StartWith("no model of the table was measured at two or more sites"));
    }

    [Test]
    public void A_class_with_too_few_degrees_of_freedom_borrows_the_pooled_error()
    {
        // One model at two sites: one degree of freedom, fewer than a class needs for an error of its own.
        var table = Hs23TableCsv.Parse(
            "CPU,# Sockets,Cores/Socket,Threads/core,Ncores,# Meas,Score,Site\nX 1,1,8,1,8,1,100,A\nX 1,1,8,1,8,1,104,B\nX 1,1,8,2,16,1,120,A\n", "t.csv", "t");
        var prior = PublicTablePrior.From(table).PriorFor(new NodeLayout("X 1", false, 8, null)).Prior!;
        Assert.Multiple(() =>
        {
            Assert.That(prior.UncertaintyClass, Is.Null);
            Assert.That(prior.Uncertainty, Is.EqualTo(PublicTablePrior.From(table).Loso.Pooled));
        });
    }

    [Test]
    public void Scaling_every_score_scales_the_prior()
    {
        var table = ShippedHs23Table.Table;
        var scaled = PublicTablePrior.From(table with { Rows = table.Rows.Select(r => r with { Hs23WholeMachine = r.Hs23WholeMachine * 2.5 }).ToArray() });
        var node = new NodeLayout("Intel(R) Xeon(R) CPU E5-2680 v3 @ 2.50GHz", true, 48, null);
        var a = PublicTablePrior.Shipped.PriorFor(node).Prior!;
        var b = scaled.PriorFor(node).Prior!;
        Assert.Multiple(() =>
        {
            Assert.That(b.Hs23PerLogicalCpu, Is.EqualTo(a.Hs23PerLogicalCpu * 2.5).Within(1e-9));
            Assert.That(b.Hs23WholeNodeHigh, Is.EqualTo(a.Hs23WholeNodeHigh * 2.5).Within(1e-6));
            Assert.That(b.RelativeSd, Is.EqualTo(a.RelativeSd).Within(1e-12));
        });
    }

    [Test]
    public void The_interval_covers_a_new_sites_value_at_least_at_its_level_on_seeded_synthetic_tables()
    {
        // Models measured at 2-4 sites, each site's HS23 per logical CPU the model's true value times exp(N(0, 5%)):
        // the prior's 95% interval should hold a further site's value at least 95% of the time. It is conservative by
        // construction: leave-one-site-out predicts from one site fewer than the prior stands on.
        const int Tables = 25;
        const int Models = 40;
        const double SiteSd = 0.05;
        var random = new Random(20261201);
        var covered = 0;
        var checks = 0;
        for (var t = 0; t < Tables; t++)
        {
            var rows = new List<Hs23TableRow>();
            var truth = new Dictionary<string, double>();
            for (var m = 0; m < Models; m++)
            {
                var model = $"m{m}";
                truth[model] = 5 + (25 * random.NextDouble());
                var sites = random.Next(2, 5);
                for (var s = 0; s < sites; s++)
                {
                    rows.Add(Row(model, $"S{s}", 64 * truth[model] * Math.Exp(SiteSd * Normal(random))));
                }
            }

            var prior = PublicTablePrior.From(new Hs23Table("synthetic", rows));
            foreach (var (model, value) in truth)
            {
                var p = prior.PriorFor(new NodeLayout(model, true, 64, null)).Prior!;
                var newSite = value * Math.Exp(SiteSd * Normal(random));
                covered += newSite >= p.Hs23PerLogicalCpuLow && newSite <= p.Hs23PerLogicalCpuHigh ? 1 : 0;
                checks++;
            }
        }

        var coverage = (double)covered / checks;
        TestContext.Out.WriteLine(FormattableString.Invariant($"coverage {coverage:P1} over {checks} nodes"));
        Assert.That(coverage, Is.InRange(0.95, 0.995));
    }

    private static double Normal(Random random) => MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1);

    private static Hs23TableRow Row(string model, string site, double hs23) => new()
    {
        Line = 0,
        Cpu = model,
        Model = model,
        Site = site,
        SiteKey = site,
        Sockets = 2,
        CoresPerSocket = 16,
        ThreadsPerCore = 2,
        LogicalCpus = 64,
        Measurements = 1,
        Hs23WholeMachine = hs23,
    };
}

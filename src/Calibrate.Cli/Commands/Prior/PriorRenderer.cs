using System.Globalization;
using System.Text;
using Calibrate.Cli.Commands.Statistics;
using Calibrate.Node.Priors;
using Calibrate.Statistics.Priors;
using static Calibrate.Core.Text.DisplayFormat;

namespace Calibrate.Cli.Commands.Prior;

/// <summary>The human-readable report of `calibrate prior`, culture-invariant (snapshot-tested); every figure names its unit.</summary>
public static class PriorRenderer
{
    public static string Render(PriorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        void Line(string key, string value) => sb.Append(F($"{key,-12}{value}\n"));

        var outcome = report.Outcome;
        var node = outcome.Node;
        Line("Node", F($"{report.Hostname}: {node.CpuModelName}, {node.LogicalCpus} logical CPUs ({report.Sockets} x {report.CoresPerSocket} x {report.ThreadsPerCore} sockets x cores x threads), SMT {OnOff(node.SmtActive)}, {(node.Hypervisor is null ? "bare metal" : "virtual machine, hypervisor " + node.Hypervisor)}"));
        Line("Model", $"\"{outcome.Model}\" (the CPU model as matched)");
        Line("Table", outcome.Source);
        if (outcome.Prior is not { } prior)
        {
            Line("Prior", "none: " + outcome.Reason);
            TableError(Line, outcome.TableError);
            return sb.ToString();
        }

        Line("Rule", Rule(prior, node));
        Line("Rows", F($"{prior.Rows.Count} from {prior.Sites} site{(prior.Sites == 1 ? "" : "s")}: per site the median weighted by runs, then the median over sites"));
        sb.Append(Rows(prior));
        var level = Percent(prior.Level, 0);
        Line("Prior", $"{Number(prior.Hs23PerLogicalCpu, "F2")} HS23 per logical CPU ({level} interval {Interval(prior.Hs23PerLogicalCpuLow, prior.Hs23PerLogicalCpuHigh, "F2")})");
        Line(string.Empty, F($"{Number(prior.Hs23WholeNode, "F1")} HS23 (whole node, {prior.LogicalCpus} logical CPUs) ({level} interval {Interval(prior.Hs23WholeNodeLow, prior.Hs23WholeNodeHigh, "F1")})"));
        var u = prior.Uncertainty;
        Line("Uncertainty", F($"{Percent(prior.RelativeSd)} relative SD, {Number(prior.DegreesOfFreedom, "F0")} df"));
        Line(string.Empty, F($"table: {Percent(u.RelativeSd)} ({u.DegreesOfFreedom} df), leave-one-site-out over {ClassText(prior.UncertaintyClass)}: {u.Predictions} predictions in {u.Models} models"));
        Line("VM", prior.VirtualMachineRelativeSd is { } vm
            ? F($"hypervisor {node.Hypervisor}: widened by {Percent(vm, 1)} relative SD in quadrature (half of {Percent(VirtualMachineWidening.LargestPublishedLoss, 1)}, the largest published KVM loss against the host); centre unchanged")
            : "bare metal: not widened");
        TableError(Line, outcome.TableError);
        return sb.ToString();
    }

    private static void TableError(Action<string, string> line, LosoSummary? error) =>
        line("Table error", error is null
            ? "not measurable: no model of the table was measured at two or more sites"
            : F($"leave-one-site-out, all rules: median {Percent(error.MedianAbsoluteError, 1)}, 90th percentile {Percent(error.P90AbsoluteError, 1)} absolute error over {error.Models} models ({error.Predictions} predictions)"));

    private static string Rule(Hs23Prior prior, NodeLayout node)
    {
        var counts = string.Join(" and ", prior.Rows.Select(r => r.Row.LogicalCpus).Distinct().Order().Select(n => n.ToString(CultureInfo.InvariantCulture)));
        return prior.Rule switch
        {
            LayoutRule.Exact => F($"exact layout: SMT {OnOff(node.SmtActive)}, {node.LogicalCpus} logical CPUs"),
            LayoutRule.NearestLogicalCpus => F($"nearest layout: the table has SMT {OnOff(node.SmtActive)} with {counts} logical CPUs, not {node.LogicalCpus}; HS23 per logical CPU carried over"),
            _ => F($"other SMT state: the table has the model only with SMT {OnOff(!node.SmtActive)} ({counts} logical CPUs), converted with the table's SMT gain x{Number(prior.Conversion!.Median, "F3")} (median of {prior.Conversion.Pairs} same-site pairs): HS23 per logical CPU x{Number(prior.Conversion.PerLogicalCpuFactor(node.SmtActive), "F3")}"),
        };
    }

    private static string Rows(Hs23Prior prior)
    {
        var converted = prior.Rule == LayoutRule.OtherSmtState;
        (string, bool)[] columns =
        [
            ("line", true), ("CPU", false), ("site", false), ("SMT", false), ("logical CPUs", true), ("sockets x cores x threads", false),
            ("runs", true), ("HS23 (whole machine)", true), ("HS23 per logical CPU", true),
        ];
        var table = new TextTable(converted ? [.. columns, ("HS23 per logical CPU, converted", true)] : columns);
        foreach (var candidate in prior.Rows)
        {
            var r = candidate.Row;
            string[] cells =
            [
                r.Line.ToString(CultureInfo.InvariantCulture), r.Cpu, r.Site, OnOff(r.SmtActive), r.LogicalCpus.ToString(CultureInfo.InvariantCulture),
                F($"{r.Sockets} x {r.CoresPerSocket} x {r.ThreadsPerCore}"), r.Measurements.ToString(CultureInfo.InvariantCulture), Number(r.Hs23WholeMachine, "F1"), Number(r.Hs23PerLogicalCpu, "F2"),
            ];
            table.Add(converted ? [.. cells, Number(candidate.Hs23PerLogicalCpuAsUsed, "F2")] : cells);
        }

        return table.Render("  ");
    }

    private static string ClassText(RuleClass? ruleClass) => ruleClass switch
    {
        RuleClass.SameSmtState => "the rows of a node's SMT state",
        RuleClass.ConvertedSmtState => "rows converted from the other SMT state",
        _ => "all rules (this rule's own predictions are too few)",
    };

    private static string OnOff(bool on) => on ? "on" : "off";
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Calibrate.Agent.Probing;
using Calibrate.Agent.Running;
using Calibrate.Cli.Commands.Run;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Measurement;
using Calibrate.Node.Sweep;
using Calibrate.Reports.Charts;
using Calibrate.Reports.Reports;
using Calibrate.Reports.Sweep;

namespace Calibrate.Cli.Commands.Sweep;

/// <summary>`calibrate sweep`: the layout matrix on this node and the throughput-optimal number of job slots.</summary>
public static class SweepCommand
{
    public static Command Create(CliContext context)
    {
        var copies = new Option<string?>("--copies") { Description = "Copy counts: a range 1..8, a list 1,2,4,8 or 1..N (N: the allowed CPUs; the default).", HelpName = "SPEC" };
        var pinning = new Option<string?>("--pinning") { Description = "Pinning policies to compare, comma-separated (default none,thread).", HelpName = "none,core,thread,numa" };
        var profile = new Option<string>("--profile") { Description = "Profile of every point: quick or standard.", DefaultValueFactory = _ => "quick", HelpName = "quick|standard" };
        profile.AcceptOnlyFromAmong("quick", "standard");
        var budget = new Option<string?>("--budget") { Description = "Measurement time per point, e.g. 20s (default: the profile's).", HelpName = "TIME" };
        var prefix = new Option<string>("--label-prefix") { Description = "Points are stored with the label PREFIX-PINNING-COPIES.", DefaultValueFactory = _ => "sweep", HelpName = "PREFIX" };
        var store = new Option<string?>("--store") { Description = "Store to write every point to (default: results/calibrate.db).", HelpName = "PATH|URL" };
        var outFile = new Option<string?>("--out") { Description = "Where to write the scaling chart (default: results/sweep-TIME.svg).", HelpName = "FILE.svg" };
        var json = new Option<bool>("--json") { Description = "Print the points and the analysis as JSON." };
        var command = new Command("sweep", "Run the layout matrix on this node (copies x pinning), store every point with its own label, and report the throughput-optimal number of copies (the job-slot count) with its uncertainty, and the scaling chart.\n\nExamples:\n  calibrate sweep\n  calibrate sweep --copies 1,2,4,8,16,32 --pinning none,core,thread\n  calibrate sweep --copies 1..N --budget 20s --json")
        {
            copies, pinning, profile, budget, prefix, store, outFile, json,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var runOptions = RunCommand.Validate(parse.GetValue(profile)!, null, "none", null, null, parse.GetValue(budget)) with { Store = parse.GetValue(store) };
            var chart = SweepRunner.ChartPath(context.Node, parse.GetValue(outFile));
            var pinnings = SweepMatrix.ParsePinnings(parse.GetValue(pinning));
            var probe = NodeProber.Probe();
            var counts = SweepMatrix.ParseCopies(parse.GetValue(copies), probe.AllowedCpus.Count);
            var (cells, skipped) = SweepMatrix.Plan(probe, counts, pinnings, parse.GetValue(prefix)!);
            if (cells.Count == 0)
            {
                throw CliException.Usage($"no point of the matrix fits this node ({skipped[0]})");
            }

            // Every cell's budget before the first is measured: a cell found too short later would end the sweep there.
            foreach (var cell in cells)
            {
                try
                {
                    RunSteps.CheckBudget(runOptions with { Copies = cell.Copies, Pinning = cell.Pinning }, probe);
                }
                catch (BudgetTooShortException e)
                {
                    throw new BudgetTooShortException($"{cell.Pinning} x{cell.Copies}: {e.Message}");
                }
            }

            var report = await new SweepRunner(context.Site(), new SynchronousProgress<string>(line => context.Error.WriteLine("calibrate sweep: " + line))).RunAsync(runOptions, cells, skipped, cancellation);
            report = report with { Chart = SweepRunner.WriteChart(report, chart) };
            await context.Out.WriteAsync(parse.GetValue(json)
                ? JsonSerializer.Serialize(report, SweepJsonContext.Default.SweepReport) + "\n"
                : SweepSummary.Render(report));
            return ExitCodes.Ok;
        });
        return command;
    }
}

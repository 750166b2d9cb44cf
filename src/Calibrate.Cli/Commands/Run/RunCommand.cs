using System.CommandLine;
using System.Globalization;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Json;
using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Node.Configuration;
using Calibrate.Node.Measurement;
using Calibrate.Statistics.Quality;

namespace Calibrate.Cli.Commands.Run;

/// <summary>`calibrate run`: measure this node with the normalised workloads.</summary>
public static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var profile = new Option<string>("--profile")
        {
            Description = "quick (at most 60 s: the boot profile), standard (about 5 min) or full (3 repetitions, median, as HS06 and HS23).",
            DefaultValueFactory = _ => "quick",
            HelpName = "quick|standard|full",
        };
        profile.AcceptOnlyFromAmong("quick", "standard", "full");
        var copies = new Option<int?>("--copies") { Description = "Copies to run at once (default: one per allowed logical CPU, as HS06 and HS23).", HelpName = "N" };
        var pinning = new Option<string>("--pinning")
        {
            Description = "none: the OS schedules; core: one copy per physical core; thread: each copy on its own logical CPU; numa: copies confined to NUMA nodes round-robin; list:CPUS: explicit CPUs, e.g. list:0,2,4-7.",
            DefaultValueFactory = _ => "none",
            HelpName = "none|core|thread|numa|list:CPUS",
        };
        var label = new Option<string?>("--label") { Description = "A free tag to compare by, e.g. bare or kvm-4x8-pinned.", HelpName = "TEXT" };
        var precision = new Option<string?>("--precision") { Description = "Stop once the 95% interval of the node score is within this relative half-width, e.g. 0.5%.", HelpName = "PCT" };
        var budget = new Option<string?>("--budget") { Description = "Measurement time at most, e.g. 60s or 5m (default: the profile's).", HelpName = "TIME" };
        var maxInterval = new Option<string?>("--max-interval")
        {
            Description = "The quality gate: a run whose own 95% interval is wider than this relative half-width is flagged disturbed, and no pusher publishes it (default 5%; boot and remeasure take measure.max_interval from calibrate.yaml).",
            HelpName = "PCT",
        };
        var schedule = new Option<string>("--schedule")
        {
            Description = "lockstep: every copy runs the same kernel at the same moment, round by round (as SPEC rate runs; steadier where copies share cores or caches); rotate: each copy goes through the kernels in its own order.",
            DefaultValueFactory = _ => "lockstep",
            HelpName = "lockstep|rotate",
        };
        schedule.AcceptOnlyFromAmong("lockstep", "rotate");
        var json = new Option<bool>("--json") { Description = "Print the result as JSON (schema-versioned) instead of the summary." };
        var outFile = new Option<string?>("--out") { Description = "Also write the result JSON to this file (for nodes without a store; import it later).", HelpName = "FILE" };
        var unit = UnitOption.Unit();
        var reference = UnitOption.ReferencePerSlot("The figure per slot, in the unit, of the site's factor-1.0 host model; the CPU factor is relative to it (default: reference.per_slot, $CALIBRATE_REFERENCE_PER_SLOT, else 10).");
        var store = new Option<string?>("--store") { Description = "Store to write to: a SQLite file path or postgresql://... (default: results/calibrate.db).", HelpName = "PATH|URL" };
        var wait = new Option<string?>("--wait") { Description = "When another calibrate is measuring this node, wait up to this long for it (default: refuse at once), e.g. 5m.", HelpName = "TIME" };
        var command = new Command("run", "Measure this node: one child process per copy, pinned as asked, all started together; every kernel's output verified; interference sampled. Stores the result and prints the node score, its estimate (HS23 by default, or HS06) with interval and its CPU factor.\n\nExamples:\n  calibrate run\n  calibrate run --label kvm-4x8-pinned --pinning thread\n  calibrate run --precision 0.5% --budget 60s --json")
        {
            profile, copies, pinning, label, precision, budget, maxInterval, schedule, json, outFile, store, unit, reference, wait,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = Validate(
                parse.GetValue(profile)!, parse.GetValue(copies), parse.GetValue(pinning)!, parse.GetValue(label),
                parse.GetValue(precision), parse.GetValue(budget)) with
            {
                OutFile = parse.GetValue(outFile),
                Store = parse.GetValue(store),
                Unit = UnitOption.Parse(parse.GetValue(unit)),
                ReferencePerSlot = InvariantOption.ParsePositive("--reference-per-slot", parse.GetValue(reference)),
                LockWait = ParseWait(parse.GetValue(wait)),
                Lockstep = parse.GetValue(schedule) != "rotate",
                MaxInterval = ParseMaxInterval(parse.GetValue(maxInterval)),
            };
            using var progress = new TerminalProgress(context);
            RunResult result;
            StoredResult stored;
            try
            {
                (result, stored) = await new MeasurementPipeline(context.Site()).MeasureAndStoreAsync(options, progress, cancellation);
            }
            finally
            {
                progress.Finish();
            }

            if (stored.UnkeptJson is { } unkept)
            {
                await context.Error.WriteLineAsync(unkept);
            }

            await context.Out.WriteAsync(parse.GetValue(json) ? CalibrateJson.Serialize(result) + "\n" : RunSummary.Render(result, stored));
            return stored.StoreFailed ? ExitCodes.StoreUnavailable : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>--wait TIME as a duration; absent means refuse at once.</summary>
    public static TimeSpan ParseWait(string? text) =>
        text is null ? TimeSpan.Zero
        : ValueParsers.TryParseDuration(text, out var wait) ? wait
        : throw CliException.Usage($"--wait '{text}' is not a duration such as 30s or 5m");

    /// <summary>--max-interval PCT as a fraction; absent means the default gate.</summary>
    public static double ParseMaxInterval(string? text) =>
        text is null ? QualityThresholds.Default.WithinRunError
        : ValueParsers.TryParseFraction(text, out var f) ? f
        : throw CliException.Usage($"--max-interval '{text}' is not a percentage above 0 and under 100% such as 5%");

    public static RunOptions Validate(string profile, int? copies, string pinning, string? label, string? precision, string? budget)
    {
        if (!Pinning.TryParse(pinning, out var parsedPinning, out var pinningError))
        {
            throw CliException.Usage(pinningError);
        }

        if (copies is < 1)
        {
            throw CliException.Usage($"--copies must be at least 1, not {copies}");
        }

        double? fraction = null;
        if (precision is not null)
        {
            fraction = ValueParsers.TryParseFraction(precision, out var f) ? f : throw CliException.Usage($"--precision '{precision}' is not a percentage such as 0.5%");
        }

        TimeSpan? parsedBudget = null;
        if (budget is not null)
        {
            parsedBudget = ValueParsers.TryParseDuration(budget, out var b) ? b : throw CliException.Usage($"--budget '{budget}' is not a duration such as 60s or 5m");
        }

        return new RunOptions
        {
            Profile = Enum.Parse<Profile>(profile, ignoreCase: true),
            Copies = copies,
            Pinning = parsedPinning,
            Label = string.IsNullOrWhiteSpace(label) ? null : label.Trim(),
            Precision = fraction,
            Budget = parsedBudget,
        };
    }
}

using System.CommandLine;
using System.Globalization;
using Calibrate.Cli.Calibration;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Commands.Run;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Factors;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>
/// `calibrate factor`: a stored result's HS06 estimate (current model) and its CPU factor relative to the site's
/// factor-1.0 reference, with the LSF-ready value and the host-model bucket. A disturbed result is refused unless forced.
/// </summary>
public static class FactorCommand
{
    public static Command Create(CliContext context)
    {
        var result = new Option<string?>("--result") { Description = "The id of the stored result to use.", HelpName = "ID" };
        var latest = new Option<bool>("--latest") { Description = "Use the newest stored result (of --hostname if given); the default." };
        var hostname = new Option<string?>("--hostname") { Description = "The node whose newest result to use.", HelpName = "HOST" };
        var store = ResultsStoreOption.Create();
        var slots = new Option<int?>("--slots") { Description = "Job slots the node's HS06 is divided over (default: the copies measured).", HelpName = "N" };
        var reference = new Option<string?>("--reference-hs06-per-slot") { Description = "HS06 per slot of the site's factor-1.0 host model (default 10, or $CALIBRATE_REFERENCE_HS06_PER_SLOT).", HelpName = "HS06" };
        var step = new Option<string?>("--step") { Description = "Width of the host-model buckets the factor is rounded to (default 0.05).", HelpName = "STEP" };
        var force = new Option<bool>("--force") { Description = "Compute the factor of a disturbed result anyway." };
        var json = new Option<bool>("--json") { Description = "Print the estimate and factor as JSON." };
        var command = new Command("factor", "Compute a node's CPU factor from a stored result: HS06 from the current calibration model with its prediction interval, divided by slots and by the HS06 per slot of the site's factor-1.0 model; with the LSF-ready value (2 decimals) and the host-model bucket.\n\nExamples:\n  calibrate factor\n  calibrate factor --hostname wn042 --slots 32 --reference-hs06-per-slot 11.5\n  calibrate factor --result 0b7e9b6c-41c4-4f43-9c55-7d1f9e3a2b10 --step 0.1 --json")
        {
            result, latest, hostname, store, slots, reference, step, force, json,
        };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(result);
            var host = parse.GetValue(hostname);
            if (id is not null && (parse.GetValue(latest) || host is not null))
            {
                throw CliException.Usage("--result names one result; drop --latest and --hostname, which choose the newest instead");
            }

            if (parse.GetValue(slots) is < 1)
            {
                throw CliException.Usage($"--slots must be at least 1, not {parse.GetValue(slots)}");
            }

            var bucketStep = BucketStep(parse.GetValue(step));
            var referenceHs06 = SiteReference.Hs06PerSlot(context, SiteReference.ParseOption(parse.GetValue(reference)));
            var model = new ModelRepository(context).Current();
            using var opened = ResultsStoreOption.Open(parse, store, context);
            var chosen = Select(opened, id, host);
            if (chosen.Disturbed && !parse.GetValue(force))
            {
                throw new CliException(ExitCodes.Disturbed, $"result {chosen.Id} of {chosen.Hostname} is disturbed ({Reason(chosen)}); its factor is not fit to publish: measure again, or use --force");
            }

            var output = Compute(chosen, model, parse.GetValue(slots), referenceHs06, bucketStep);
            context.Out.Write(parse.GetValue(json) ? StatisticsOutputJson.Serialize(output) : FactorRenderer.Render(output));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static FactorOutput Compute(RunResult result, CalibrationModel model, int? slots, double referenceHs06PerSlot, double bucketStep)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(model);
        var level = RunAnalysis.Level;
        var (hs06, low, high) = Hs06Estimator.Predict(model, result.NodeScore, result.ScoreInterval, level);
        var slotCount = slots ?? result.Copies.Count;
        var factor = CpuFactorCalculator.Compute(hs06, slotCount, referenceHs06PerSlot, bucketStep);
        return new FactorOutput
        {
            ResultId = result.Id,
            Hostname = result.Hostname,
            Label = result.Label,
            StartedUtc = result.StartedUtc,
            Copies = result.Copies.Count,
            NodeScore = result.NodeScore,
            ScoreLow = result.ScoreInterval?.Low,
            ScoreHigh = result.ScoreInterval?.High,
            Disturbed = result.Disturbed,
            ModelId = $"{model.Id}@{model.Version}",
            ModelProvisional = model.Provisional,
            ModelDescription = ModelDescription(model),
            Level = level,
            Hs06 = hs06,
            Hs06Low = low,
            Hs06High = high,
            Factor = factor,
            FactorLow = low / slotCount / referenceHs06PerSlot,
            FactorHigh = high / slotCount / referenceHs06PerSlot,
            SlotsGiven = slots is not null,
        };
    }

    /// <summary>--step, parsed culture-invariantly (see <see cref="SiteReference.ParseOption"/>).</summary>
    private static double BucketStep(string? text)
    {
        if (text is null)
        {
            return CpuFactorCalculator.DefaultBucketStep;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value)
            ? value
            : throw CliException.Usage($"--step must be a positive number such as 0.05, not '{text}'");
    }

    private static RunResult Select(IResultStore store, string? id, string? hostname)
    {
        if (id is not null)
        {
            if (!Guid.TryParse(id, CultureInfo.InvariantCulture, out var guid))
            {
                throw CliException.Usage($"--result '{id}' is not a result id (a GUID such as 0b7e9b6c-41c4-4f43-9c55-7d1f9e3a2b10)");
            }

            return store.Get(guid) ?? throw CliException.Usage($"no result with id {guid} in {store.Location}");
        }

        var newest = store.Query(new ResultFilter { Hostname = hostname, Limit = 1 });
        if (newest.Count == 0)
        {
            throw CliException.Usage(hostname is null ? $"no results in {store.Location}" : $"no results of node '{hostname}' in {store.Location}");
        }

        return store.Get(newest[0].Id) ?? throw CliException.Usage($"result {newest[0].Id} vanished from {store.Location}");
    }

    private static string Reason(RunResult result) =>
        result.Conclusions.FirstOrDefault(c => c.Severity == Severity.Error)?.Message ?? "marked disturbed by its quality analysis";

    private static string ModelDescription(CalibrationModel model)
    {
        var form = model.Kind == ModelKind.Linear
            ? StatisticsFormat.F($"HS06 = {model.Intercept:F2} + {model.K:F4} x score")
            : StatisticsFormat.F($"HS06 = {model.K:F4} x score");
        return model.Provisional
            ? $"{form}, PROVISIONAL (not fitted on this site's nodes: fit your own with calibrate fit)"
            : model.LooRmsePercent is { } loo
                ? StatisticsFormat.F($"{form}, fitted on {model.N} reference nodes, leave-one-out RMSE {loo:F2}%")
                : StatisticsFormat.F($"{form}, fitted on {model.N} reference nodes");
    }
}

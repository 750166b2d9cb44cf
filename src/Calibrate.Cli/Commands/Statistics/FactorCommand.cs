using System.CommandLine;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Node.Calibration;
using Calibrate.Node.Hosting;
using Calibrate.Node.Results;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>
/// `calibrate factor`: a stored result's estimate (HS23 or HS06) and CPU factor, with the LSF-ready value and the host-model
/// bucket: the one estimate stored with the result (what every pusher publishes), divided over other slots, against
/// another reference or bucketed by another step only when asked. A disturbed result is refused unless forced.
/// </summary>
public static class FactorCommand
{
    public static Command Create(CliContext context)
    {
        var result = new Option<string?>("--result") { Description = "The id of the stored result to use.", HelpName = "ID" };
        var latest = new Option<bool>("--latest") { Description = "Use the newest stored result (of --hostname if given); the default." };
        var hostname = new Option<string?>("--hostname") { Description = "The node whose newest result to use.", HelpName = "HOST" };
        var store = ResultsStoreOption.Create();
        var slots = new Option<int?>("--slots") { Description = "Job slots the node's figure is divided over (default: the copies measured).", HelpName = "N" };
        var reference = UnitOption.ReferencePerSlot("The figure per slot, in the estimate's unit, of the site's factor-1.0 host model (default: the one the estimate was made with).");
        var step = new Option<string?>("--step") { Description = "Width of the host-model buckets (default: the one the estimate was made with; the site's reference.bucket_step, 0.1 unless set).", HelpName = "STEP" };
        var force = new Option<bool>("--force") { Description = "Compute the factor of a disturbed result anyway." };
        var json = new Option<bool>("--json") { Description = "Print the estimate and factor as JSON." };
        var command = new Command("factor", "Show a node's CPU factor from a stored result: its HS23 (or HS06) with the prediction interval (the estimate stored with the result, in the unit it was made in, the one every pusher publishes), divided by slots and by the figure per slot of the site's factor-1.0 model; with the LSF-ready value (2 decimals) and the host-model bucket.\n\nExamples:\n  calibrate factor\n  calibrate factor --hostname wn042 --slots 32 --reference-per-slot 11.5\n  calibrate factor --result 0b7e9b6c-41c4-4f43-9c55-7d1f9e3a2b10 --step 0.05 --json")
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

            var referenceOption = InvariantOption.ParsePositive("--reference-per-slot", parse.GetValue(reference));
            var stepOption = InvariantOption.ParsePositive("--step", parse.GetValue(step), "0.05");
            var site = context.Site();
            RunResult chosen;
            using (var opened = ResultsStoreOption.Open(parse, store, context))
            {
                chosen = ResultSelection.Select(opened, id, host);
            }

            if (chosen.Disturbed && !parse.GetValue(force))
            {
                throw new DisturbedResultException($"result {chosen.Id} of {chosen.Hostname} is disturbed ({Reason(chosen)}); its factor is not fit to publish: measure again, or use --force");
            }

            var (estimate, source) = ResultFactors.For(
                chosen,
                site,
                parse.GetValue(slots),
                referenceOption,
                stepOption);
            var output = FactorOutput.From(chosen, estimate, ModelDescriptions.Of(site.Models, estimate.ModelId), source, parse.GetValue(slots) is not null);
            context.Out.Write(parse.GetValue(json) ? StatisticsOutputJson.Serialize(output) : FactorRenderer.Render(output));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Reason(RunResult result) =>
        result.Conclusions.FirstOrDefault(c => c.Severity == Severity.Error)?.Message ?? "marked disturbed by its quality analysis";
}

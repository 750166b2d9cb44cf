using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Calibrate.Agent.Running;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Infrastructure;
using Calibrate.Node.Fleet;
using Calibrate.Node.Stores;

namespace Calibrate.Cli.Commands.Fleet;

/// <summary>`calibrate fleet submit`: one exclusive benchmark job per node through the batch system, each storing centrally.</summary>
public static class FleetSubmitCommand
{
    public static Command Create(CliContext context)
    {
        var scheduler = new Option<string>("--scheduler") { Description = "The batch system to submit through.", HelpName = "slurm|lsf", Required = true };
        scheduler.AcceptOnlyFromAmong("slurm", "lsf");
        var nodes = new Option<string?>("--nodes") { Description = "The nodes, comma-separated, as the batch system names them.", HelpName = "LIST" };
        var all = new Option<bool>("--all") { Description = "Every node the batch system lists (sinfo -N, bhosts)." };
        var profile = new Option<string>("--profile") { Description = "The profile each job runs.", DefaultValueFactory = _ => "standard", HelpName = "quick|standard|full" };
        profile.AcceptOnlyFromAmong("quick", "standard", "full");
        var budget = new Option<string?>("--budget") { Description = "Measurement time per node (default: the profile's), e.g. 60s.", HelpName = "TIME" };
        var store = ResultsStoreOption.Create();
        store.Description = "The central store every job writes to: postgresql://... or a SQLite path every node shares. Default: $CALIBRATE_STORE, else results/calibrate.db (made absolute).";
        var campaignId = new Option<string?>("--campaign") { Description = "The campaign id (default: the UTC time, e.g. 20261121T100000Z); results are labelled campaign-ID.", HelpName = "ID" };
        var calibrate = new Option<string?>("--calibrate") { Description = "How nodes start calibrate: an executable path (default: this calibrate, `dotnet /path/calibrate.dll`; it must exist on the nodes).", HelpName = "PATH" };
        var workdir = new Option<string?>("--workdir") { Description = "The jobs' working directory and output place (default: results/campaigns/ID, absolute; it must exist on the nodes).", HelpName = "DIR" };
        var extra = new Option<string[]>("--scheduler-arg") { Description = "An extra argument for sbatch or bsub, e.g. --scheduler-arg=-p --scheduler-arg=bench (repeat).", HelpName = "ARG", AllowMultipleArgumentsPerToken = false };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the job script and the submit command for each node; submit nothing." };
        var json = new Option<bool>("--json") { Description = "Print the campaign as JSON." };
        var command = new Command("submit", "Measure nodes through the batch system: one exclusive job per node (sbatch --exclusive -w NODE, bsub -x -m NODE) that runs `calibrate run --label campaign-ID` into the central store. The campaign is kept under results/campaigns/ID for calibrate fleet status.\n\nExamples:\n  calibrate fleet submit --scheduler slurm --all --store postgresql://calibrate@db/calibrate\n  calibrate fleet submit --scheduler lsf --nodes wn001,wn002 --profile quick --dry-run")
        {
            scheduler, nodes, all, profile, budget, store, campaignId, calibrate, workdir, extra, dryRun, json,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var request = new FleetSubmitRequest
            {
                Scheduler = parse.GetValue(scheduler)!,
                Nodes = parse.GetValue(nodes),
                All = parse.GetValue(all),
                Profile = parse.GetValue(profile)!,
                Budget = parse.GetValue(budget),
                Store = parse.GetValue(store),
                CampaignId = parse.GetValue(campaignId),
                Calibrate = parse.GetValue(calibrate) is { } exe ? [context.ResolvePath(exe)] : Launcher(),
                WorkingDirectory = parse.GetValue(workdir),
                SchedulerArguments = parse.GetValue(extra) ?? [],
                DryRun = parse.GetValue(dryRun),
            };
            var outcome = await new FleetSubmission(context.Site()).SubmitAsync(request, cancellation);
            if (request.DryRun)
            {
                foreach (var job in outcome.Planned)
                {
                    await context.Out.WriteAsync($"# {job.Node}: {job.Submit.Display}\n{job.Script}\n");
                }

                return ExitCodes.Ok;
            }

            foreach (var failure in outcome.Failures)
            {
                await context.Error.WriteLineAsync($"calibrate fleet submit: {failure}");
            }

            await context.Out.WriteAsync(parse.GetValue(json)
                ? JsonSerializer.Serialize(outcome.Campaign, FleetJsonContext.Default.Campaign) + "\n"
                : Describe(outcome.Campaign, outcome.Failures.Count));
            return outcome.Failures.Count > 0 ? ExitCodes.ExternalCommandFailed : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>This calibrate: the dotnet host and this assembly, as the jobs on the nodes start it.</summary>
    private static string[] Launcher()
    {
        var dll = typeof(FleetSubmitCommand).Assembly.Location;
        return [WorkerLaunch.DotnetHost(), dll];
    }

    private static string Describe(Campaign campaign, int failures)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"campaign {campaign.Id} ({campaign.Scheduler}): {campaign.Jobs.Count} job(s) submitted{(failures > 0 ? $", {failures} failed to submit" : "")}, storing into {StoreLocation.Describe(campaign.Store)} with label {campaign.Label}\n");
        foreach (var job in campaign.Jobs)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {job.Node,-20} job {job.JobId}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"follow with: calibrate fleet status --campaign {campaign.Id}\n");
        return sb.ToString();
    }
}

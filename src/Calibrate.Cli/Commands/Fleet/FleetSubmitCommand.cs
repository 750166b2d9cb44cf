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
        var scheduler = new Option<string>("--scheduler") { Description = "The batch system to submit through.", HelpName = string.Join('|', FleetSchedulers.Names), Required = true };
        scheduler.AcceptOnlyFromAmong([.. FleetSchedulers.Names]);
        var nodes = new Option<string?>("--nodes") { Description = "The nodes, comma-separated, as the batch system names them; for Slurm also a hostlist such as wn[01-10,15]. Each must be one the batch system lists.", HelpName = "LIST" };
        var all = new Option<bool>("--all") { Description = "Every node the batch system lists (sinfo -N, bhosts, qconf -sel, condor_status partitionable slots, pbsnodes -a)." };
        var profile = new Option<string>("--profile") { Description = "The profile each job runs.", DefaultValueFactory = _ => "standard", HelpName = "quick|standard|full" };
        profile.AcceptOnlyFromAmong("quick", "standard", "full");
        var budget = new Option<string?>("--budget") { Description = "Measurement time per node (default: the profile's), e.g. 60s.", HelpName = "TIME" };
        var store = ResultsStoreOption.Create();
        store.Description = "The central store every job writes to: postgresql://... or a SQLite path every node shares. Default: $CALIBRATE_STORE, else results/calibrate.db (made absolute).";
        var campaignId = new Option<string?>("--campaign") { Description = "The campaign id (default: the UTC time, e.g. 20261121T100000Z); results are labelled campaign-ID.", HelpName = "ID" };
        var calibrate = new Option<string?>("--calibrate") { Description = "How nodes start calibrate: an executable path (default: this calibrate, `dotnet /path/calibrate.dll`; it must exist on the nodes).", HelpName = "PATH" };
        var workdir = new Option<string?>("--workdir") { Description = "The jobs' working directory and output place (default: results/campaigns/ID, absolute; it must exist on the nodes).", HelpName = "DIR" };
        var extra = new Option<string[]>("--scheduler-arg") { Description = "An extra argument for sbatch, bsub, qsub or condor_submit, e.g. --scheduler-arg=-p --scheduler-arg=bench (repeat).", HelpName = "ARG", AllowMultipleArgumentsPerToken = false };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print every file (job script, submit description) and the submit command for each node; write and submit nothing." };
        var json = new Option<bool>("--json") { Description = "Print the campaign as JSON." };
        var command = new Command("submit", "Measure nodes through the batch system: one job per node holding the whole node (sbatch --exclusive -w NODE, bsub -x -m NODE, qsub -l exclusive=true -l h=NODE, condor_submit with the partitionable slot's every CPU and all its memory, qsub -l nodes=NODE:ppn=NP) that runs `calibrate run --label campaign-ID` into the central store. The nodes are checked against the batch system's list first. The campaign is kept under results/campaigns/ID for calibrate fleet status.\n\nExamples:\n  calibrate fleet submit --scheduler slurm --nodes 'wn[001-040]' --store postgresql://calibrate@db/calibrate\n  calibrate fleet submit --scheduler htcondor --all --profile quick --dry-run\n  calibrate fleet submit --scheduler gridengine --nodes wn001,wn002 --scheduler-arg=-q --scheduler-arg=bench.q")
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
                await context.Out.WriteAsync(DescribeDryRun(outcome));
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

    /// <summary>Every file each node's submission would write, then its submit command: nothing is written or submitted.</summary>
    private static string DescribeDryRun(FleetSubmission.Outcome outcome)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# campaign {outcome.Campaign.Id} ({outcome.Campaign.Scheduler}), dry run: nothing was written or submitted; nodes checked with `{outcome.NodeList.Display}`\n");
        foreach (var job in outcome.Planned)
        {
            foreach (var file in job.Files)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\n# {job.Node}: would write {file.Path}\n{file.Text}");
            }

            sb.Append(CultureInfo.InvariantCulture, $"# {job.Node}: would run {job.Submit.Display}\n");
        }

        return sb.ToString();
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

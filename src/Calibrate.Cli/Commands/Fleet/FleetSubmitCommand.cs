using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Calibrate.Agent.Running;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Commands.Run;
using Calibrate.Cli.Infrastructure;
using Calibrate.Pushers.Common;
using Calibrate.Store;

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
            var batch = FleetSchedulers.For(parse.GetValue(scheduler)!);
            var executor = FleetSchedulers.Executor(context);
            var targets = await NodesAsync(parse.GetValue(nodes), parse.GetValue(all), batch, executor, cancellation);
            var id = parse.GetValue(campaignId) ?? DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                throw CliException.Usage($"--campaign '{id}' may hold only letters, digits, '-', '_' and '.'");
            }

            if (parse.GetValue(budget) is { } b && !ValueParsers.TryParseDuration(b, out _))
            {
                throw CliException.Usage($"--budget '{b}' is not a duration such as 60s");
            }

            var campaign = new Campaign
            {
                Id = id,
                Scheduler = batch.Name,
                Store = CentralStore(parse.GetValue(store), context),
                Profile = parse.GetValue(profile)!,
                SubmittedUtc = DateTimeOffset.UtcNow,
                Jobs = [],
            };
            var files = new CampaignFiles(FleetSchedulers.CampaignsRoot(context));
            var directory = parse.GetValue(workdir) is { } w ? context.ResolvePath(w) : files.Directory(id);
            var launch = parse.GetValue(calibrate) is { } exe ? [context.ResolvePath(exe)] : Launcher();
            var job = JobScript.Command(launch, campaign, parse.GetValue(budget));
            var submitted = new List<CampaignJob>();
            var failures = 0;
            Directory.CreateDirectory(files.Directory(id));
            Directory.CreateDirectory(directory);
            foreach (var node in targets)
            {
                var script = Path.Combine(files.Directory(id), node + ".sh");
                File.WriteAllText(script, JobScript.Render(job, campaign, node, directory));
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
                }

                var submit = batch.Submit(node, "calibrate-" + id, job, script, Path.Combine(directory, node + "-%J.out"), directory, parse.GetValue(extra) ?? []);
                if (parse.GetValue(dryRun))
                {
                    await context.Out.WriteAsync($"# {node}: {submit.Display}\n{File.ReadAllText(script)}\n");
                    continue;
                }

                try
                {
                    var output = await executor.RunAsync(submit, cancellation);
                    var jobId = batch.ParseJobId(output.StandardOutput + "\n" + output.StandardError)
                        ?? throw new CommandFailedException($"`{submit.Display}` printed no job id: {output.StandardOutput.Trim()}");
                    submitted.Add(new CampaignJob(node, jobId, DateTimeOffset.UtcNow));
                }
                catch (CommandFailedException e)
                {
                    failures++;
                    await context.Error.WriteLineAsync($"calibrate fleet submit: {node}: {e.Message}");
                }
            }

            if (parse.GetValue(dryRun))
            {
                return ExitCodes.Ok;
            }

            campaign = campaign with { Jobs = submitted };
            files.Save(campaign);
            await context.Out.WriteAsync(parse.GetValue(json)
                ? JsonSerializer.Serialize(campaign, FleetJsonContext.Default.Campaign) + "\n"
                : Describe(campaign, failures));
            return failures > 0 ? ExitCodes.ExternalCommandFailed : ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<IReadOnlyList<string>> NodesAsync(string? list, bool all, IBatchScheduler batch, CommandExecutor executor, CancellationToken cancellation)
    {
        if ((list is null) == !all)
        {
            throw CliException.Usage("give either --nodes LIST or --all");
        }

        var nodes = list is not null
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray()
            : batch.ParseNodes((await executor.RunAsync(batch.ListNodes(), cancellation)).StandardOutput);
        if (nodes.Count == 0)
        {
            throw CliException.Usage("no nodes to measure");
        }

        return nodes.FirstOrDefault(n => !HostNames.IsValid(n)) is { } bad
            ? throw CliException.Usage($"'{bad}' is not a node name")
            : nodes;
    }

    /// <summary>PostgreSQL URLs as given; a SQLite path made absolute, as jobs run elsewhere and in another directory.</summary>
    private static string CentralStore(string? option, CliContext context)
    {
        var argument = ResultPersistence.StoreArgument(option, context) ?? ResultPersistence.DefaultStorePath(context);
        return Store.Postgres.PostgresTarget.IsUrl(argument) ? argument : context.ResolvePath(argument);
    }

    /// <summary>This calibrate: the dotnet host and this assembly, as the copies of a run are started.</summary>
    private static string[] Launcher()
    {
        var dll = typeof(FleetSubmitCommand).Assembly.Location;
        return [WorkerLaunch.ForAssembly(dll).FileName, dll];
    }

    private static string Describe(Campaign campaign, int failures)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"campaign {campaign.Id} ({campaign.Scheduler}): {campaign.Jobs.Count} job(s) submitted{(failures > 0 ? $", {failures} failed to submit" : "")}, storing into {StoreFactory.Describe(campaign.Store, campaign.Store)} with label {campaign.Label}\n");
        foreach (var job in campaign.Jobs)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {job.Node,-20} job {job.JobId}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"follow with: calibrate fleet status --campaign {campaign.Id}\n");
        return sb.ToString();
    }
}

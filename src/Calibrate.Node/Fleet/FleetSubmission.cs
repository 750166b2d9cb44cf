using System.Globalization;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Store.Postgres;

namespace Calibrate.Node.Fleet;

/// <summary>
/// `fleet submit`: one exclusive benchmark job per node through the batch system, each running `calibrate run` into
/// the central store; the campaign is kept under results/campaigns/ID for `fleet status`. Every node name and option is
/// checked before the first job is submitted.
/// </summary>
public sealed class FleetSubmission(Site site)
{
    /// <summary>One node's planned job: the node, the submit command and the job script's text.</summary>
    public sealed record PlannedJob(string Node, CommandLine Submit, string Script);

    /// <summary>The campaign (with the jobs that were submitted), the planned jobs, and the nodes whose submission failed.</summary>
    public sealed record Outcome(Campaign Campaign, IReadOnlyList<PlannedJob> Planned, IReadOnlyList<string> Failures);

    public async Task<Outcome> SubmitAsync(FleetSubmitRequest request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var environment = site.Environment;
        var batch = FleetSchedulers.For(request.Scheduler);
        var executor = FleetSchedulers.Executor(environment);
        var id = request.CampaignId ?? environment.Clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new InputException($"--campaign '{id}' may hold only letters, digits, '-', '_' and '.'");
        }

        if (request.Budget is { } b && !ValueParsers.TryParseDuration(b, out _))
        {
            throw new InputException($"--budget '{b}' is not a duration such as 60s");
        }

        var store = site.StoreArgument(request.Store);
        if (Stores.StoreLocation.IsUrl(store) && PostgresTarget.HoldsPassword(store))
        {
            // The script is read by the batch system and its admins and the record by `fleet status`: no secret in either.
            throw new InputException(
                $"the store URL {PostgresTarget.Redact(store)} holds a password, which would be written into every job script and the campaign record; " +
                "remove it and give each node PGPASSWORD or a ~/.pgpass line readable only by the job's user");
        }

        var targets = await NodesAsync(request, batch, executor, cancellation);
        var campaign = new Campaign
        {
            Id = id,
            Scheduler = batch.Name,
            Store = store,
            Profile = request.Profile,
            SubmittedUtc = environment.Clock.GetUtcNow(),
            Jobs = [],
        };
        var files = new CampaignFiles(FleetSchedulers.CampaignsRoot(environment));
        var directory = request.WorkingDirectory is { } w ? environment.ResolvePath(w) : files.Directory(id);
        var job = JobScript.Command(request.Calibrate, campaign, request.Budget);
        var planned = targets.Select(node => new PlannedJob(
            node,
            batch.Submit(node, "calibrate-" + id, job, ScriptPath(files, id, node), Path.Combine(directory, node + "-%J.out"), directory, request.SchedulerArguments),
            JobScript.Render(job, campaign, node, directory))).ToList();
        if (request.DryRun)
        {
            return new Outcome(campaign, planned, []);
        }

        Directory.CreateDirectory(files.Directory(id));
        Directory.CreateDirectory(directory);
        var submitted = new List<CampaignJob>();
        var failures = new List<string>();
        foreach (var plannedJob in planned)
        {
            WriteScript(ScriptPath(files, id, plannedJob.Node), plannedJob.Script);
            try
            {
                var output = await executor.RunAsync(plannedJob.Submit, cancellation);
                var jobId = batch.ParseJobId(output.StandardOutput + "\n" + output.StandardError)
                    ?? throw new CommandFailedException($"`{plannedJob.Submit.Display}` printed no job id: {output.StandardOutput.Trim()}");
                submitted.Add(new CampaignJob(plannedJob.Node, jobId, environment.Clock.GetUtcNow()));
            }
            catch (CommandFailedException e)
            {
                failures.Add($"{plannedJob.Node}: {e.Message}");
            }
        }

        campaign = campaign with { Jobs = submitted };
        files.Save(campaign);
        return new Outcome(campaign, planned, failures);
    }

    private static string ScriptPath(CampaignFiles files, string id, string node) => Path.Combine(files.Directory(id), node + ".sh");

    private static void WriteScript(string path, string text)
    {
        Platform.Files.AtomicFile.WriteAllText(path, text, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    private static async Task<IReadOnlyList<string>> NodesAsync(FleetSubmitRequest request, IBatchScheduler batch, CommandExecutor executor, CancellationToken cancellation)
    {
        if ((request.Nodes is null) == !request.All)
        {
            throw new InputException("give either --nodes LIST or --all");
        }

        var nodes = request.Nodes is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray()
            : batch.ParseNodes((await executor.RunAsync(batch.ListNodes(), cancellation)).StandardOutput);
        if (nodes.Count == 0)
        {
            throw new InputException("no nodes to measure");
        }

        return nodes.FirstOrDefault(n => !HostNames.IsValid(n)) is { } bad
            ? throw new InputException($"'{bad}' is not a node name")
            : nodes;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Calibrate.Core.Text;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Store.Postgres;

namespace Calibrate.Node.Fleet;

/// <summary>
/// `fleet submit`: one benchmark job per node holding the whole node, through the batch system, each running
/// `calibrate run` into the central store; the campaign is kept under results/campaigns/ID for `fleet status`. Every
/// node name and option is checked, and the nodes against the scheduler's own list, before the first job is submitted.
/// </summary>
public sealed partial class FleetSubmission(Site site)
{
    /// <summary>One node's planned job: the node, the submit command and the files it writes first (the job script first).</summary>
    public sealed record PlannedJob(string Node, CommandLine Submit, IReadOnlyList<JobFile> Files);

    /// <summary>The campaign (with the jobs that were submitted), the command that listed the nodes, the planned jobs, and the nodes whose submission failed.</summary>
    public sealed record Outcome(Campaign Campaign, CommandLine NodeList, IReadOnlyList<PlannedJob> Planned, IReadOnlyList<string> Failures);

    public async Task<Outcome> SubmitAsync(FleetSubmitRequest request, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var environment = site.Environment;
        var batch = FleetSchedulers.For(request.Scheduler);
        var executor = FleetSchedulers.Executor(environment);
        var id = request.CampaignId ?? environment.Clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new InputException($"--campaign {UntrustedText.Quote(id)} may hold only letters, digits, '-', '_' and '.'");
        }

        if (request.Budget is { } b && !ValueParsers.TryParseDuration(b, out _))
        {
            throw new InputException($"--budget {UntrustedText.Quote(b)} is not a duration such as 60s");
        }

        var store = site.StoreArgument(request.Store);
        if (Stores.StoreLocation.IsUrl(store) && PostgresTarget.HoldsPassword(store))
        {
            // The script is read by the batch system and its admins and the record by `fleet status`: no secret in either.
            throw new InputException(
                $"the store URL {PostgresTarget.Redact(store)} holds a password, which would be written into every job script and the campaign record; " +
                "remove it and give each node PGPASSWORD or a ~/.pgpass line readable only by the job's user");
        }

        var files = new CampaignFiles(FleetSchedulers.CampaignsRoot(environment));
        var directory = request.WorkingDirectory is { } w ? environment.ResolvePath(w) : files.Directory(id);
        foreach (var (what, path) in new[] { ("--workdir", directory), ("the campaign directory", files.Directory(id)) })
        {
            if (!SafePath().IsMatch(path))
            {
                throw new InputException($"{what} {UntrustedText.Quote(path)} goes into job scripts and submit files: use only letters, digits and / . _ - + , @ : =");
            }
        }

        var (listCommand, targets) = await NodesAsync(request, batch, executor, cancellation);
        var campaign = new Campaign
        {
            Id = id,
            Scheduler = batch.Name,
            Store = store,
            Profile = request.Profile,
            SubmittedUtc = environment.Clock.GetUtcNow(),
            Jobs = [],
        };
        var command = JobScript.Command(request.Calibrate, campaign, request.Budget);
        var planned = targets.Select(node =>
        {
            var job = new JobRequest
            {
                Name = "calibrate-" + id,
                CampaignId = id,
                Command = command,
                ScriptPath = Path.Combine(files.Directory(id), node.Name + ".sh"),
                OutputPattern = Path.Combine(directory, node.Name + "-%J.out"),
                WorkingDirectory = directory,
                Extra = request.SchedulerArguments,
            };
            return new PlannedJob(node.Name, batch.Submit(node, job), [new(job.ScriptPath, JobScript.Render(command, campaign, node.Name, directory)), .. batch.SubmitFiles(node, job)]);
        }).ToList();
        if (request.DryRun)
        {
            return new Outcome(campaign, listCommand, planned, []);
        }

        Directory.CreateDirectory(files.Directory(id));
        Directory.CreateDirectory(directory);
        var submitted = new List<CampaignJob>();
        var failures = new List<string>();
        foreach (var plannedJob in planned)
        {
            WriteFiles(plannedJob.Files);
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
        return new Outcome(campaign, listCommand, planned, failures);
    }

    /// <summary>The job script is executable (HTCondor runs it as the executable; the others read it).</summary>
    private static void WriteFiles(IReadOnlyList<JobFile> jobFiles)
    {
        foreach (var file in jobFiles)
        {
            var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
            if (file.Path.EndsWith(".sh", StringComparison.Ordinal))
            {
                mode |= UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            }

            Platform.Files.AtomicFile.WriteAllText(file.Path, file.Text, mode);
        }
    }

    /// <summary>The nodes to measure, each as the scheduler lists it: a failing or hanging list command stops here, before anything is submitted.</summary>
    private static async Task<(CommandLine List, IReadOnlyList<BatchNode> Nodes)> NodesAsync(
        FleetSubmitRequest request, IBatchScheduler batch, CommandExecutor executor, CancellationToken cancellation)
    {
        if ((request.Nodes is null) == !request.All)
        {
            throw new InputException("give either --nodes LIST or --all");
        }

        var requested = request.Nodes is { } list ? await RequestedAsync(list, batch, executor, cancellation) : null;
        var listCommand = batch.ListNodes();
        var listed = batch.ParseNodes((await executor.RunAsync(listCommand, cancellation)).StandardOutput);
        if (listed.FirstOrDefault(n => !Pushers.Common.HostNames.IsValid(n.Name)) is { } odd)
        {
            throw new InputException($"`{listCommand.Display}` listed {UntrustedText.Quote(odd.Name)}, which is not a node name");
        }

        var nodes = requested is null ? listed : NodeSelection.Resolve(requested, listed, batch.Name, listCommand.Display);
        return nodes.Count == 0 ? throw new InputException($"no nodes to measure (`{listCommand.Display}` listed none)") : (listCommand, nodes);
    }

    private static async Task<IReadOnlyList<string>> RequestedAsync(string list, IBatchScheduler batch, CommandExecutor executor, CancellationToken cancellation)
    {
        if (!NodeSelection.IsHostlist(list))
        {
            return NodeSelection.Split(list);
        }

        if (!NodeSelection.IsValidHostlist(list))
        {
            throw new InputException($"--nodes {UntrustedText.Quote(list)} is not a hostlist such as wn[01-10,15]");
        }

        var expand = batch.ExpandHostlist(list) ?? throw new InputException($"--nodes {UntrustedText.Quote(list)}: hostlist expressions are Slurm's; list {batch.Name} nodes one by one");
        var names = BatchOutput.Lines((await executor.RunAsync(expand, cancellation)).StandardOutput);
        return names.Length == 0 ? throw new InputException($"--nodes {UntrustedText.Quote(list)} names no node") : names.Distinct(StringComparer.Ordinal).ToArray();
    }

    [GeneratedRegex(@"^/[A-Za-z0-9/._+,@:=-]*\z")]
    private static partial Regex SafePath();
}

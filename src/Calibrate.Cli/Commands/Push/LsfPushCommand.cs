using System.CommandLine;
using System.Globalization;
using Calibrate.Cli.Commands.Results;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Push;

/// <summary>
/// `calibrate push lsf`: master side. Reconciles lsf.shared (HostModel) and lsf.cluster (model column) for a batch of
/// nodes, checks, reconfigures once and verifies; concurrent invocations coalesce through a spool (<see cref="LsfBatchPush"/>).
/// </summary>
public static class LsfPushCommand
{
    private const double MaxWaitSeconds = 86400;

    public static Command Create(CliContext context)
    {
        var options = new PushOptions();
        var confDir = new Option<string?>("--conf-dir") { Description = "LSF's configuration directory (lsf.shared, lsf.cluster.<name>). Default: $LSF_ENVDIR.", HelpName = "DIR" };
        var cluster = new Option<string?>("--cluster") { Description = "The cluster name, when the directory holds several lsf.cluster files.", HelpName = "NAME" };
        var architectures = new Option<string[]>("--architecture") { Description = "HOST=ARCH: a dynamic host's architecture string (`lim -t`), so its model matches it.", HelpName = "HOST=ARCH", AllowMultipleArgumentsPerToken = false };
        var bucket = new Option<string?>("--bucket") { Description = "Width of a CPU-factor bucket, one host model per bucket (default: the step each node's estimate was made with; the site's reference.bucket_step, 0.1 unless set).", HelpName = "STEP" };
        var spool = new Option<string>("--spool") { Description = "Where concurrent pushes leave their nodes for one reconciliation.", HelpName = "DIR", DefaultValueFactory = _ => "/var/spool/calibrate/lsf" };
        var debounce = InvariantOption.Number("--debounce", "Seconds to wait for other nodes of a burst before reconciling.", LsfBatchPush.DefaultDebounce.TotalSeconds);
        var verifyTimeout = InvariantOption.Number("--verify-timeout", "Seconds to wait, after the reconfiguration, for `lshosts -w` to show the new factors.", LsfReconfigVerifier.DefaultTimeout.TotalSeconds);
        var command = new Command("lsf", "Master side: give each node a host model per CPU-factor bucket (HS06_12_5 12.5) in lsf.shared and set static hosts' model in lsf.cluster, keeping every other byte; check with lsadmin ckconfig, then lsadmin reconfig and badmin mbdrestart once for the whole batch, and verify with lshosts -w that LIM shows the new factors (exit 6 if it does not; the reconfiguration stays pending in the spool's .reconfig-pending, and the next push runs it again, even when the files need no change). Without --result/--latest/--result-file, every node's latest stored result is used.\n\nExamples:\n  calibrate push lsf --conf-dir /opt/lsf/conf --dry-run\n  calibrate push lsf --conf-dir /opt/lsf/conf --result-file wn042.json --architecture wn042=x86_64_7302_AMDEPYC7302")
        {
            confDir, cluster, architectures, bucket, spool, debounce, verifyTimeout,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            // Both waits are checked before anything is read: a wait out of range is a typo, not a plan.
            var debounceWait = Seconds("--debounce", parse.GetValue(debounce));
            var verifyWait = Seconds("--verify-timeout", parse.GetValue(verifyTimeout));
            var dir = parse.GetValue(confDir) ?? context.GetEnvironment("LSF_ENVDIR")
                ?? throw CliException.Usage("give --conf-dir or set $LSF_ENVDIR");
            var files = LsfConfigFiles.Locate(context.ResolvePath(dir), parse.GetValue(cluster));
            var arch = ParseArchitectures(parse.GetValue(architectures) ?? []);
            var step = InvariantOption.ParsePositive("--bucket", parse.GetValue(bucket), "0.1") is { } given ? context.Site().Factors(bucketStepOption: given).BucketStep : (double?)null;
            var nodes = Results(parse, options, context).Select(r => Factor(r, step, arch)).ToList();
            var queue = new LsfPendingSpool(context.ResolvePath(parse.GetValue(spool)!));
            if (parse.GetValue(options.DryRun))
            {
                var plan = LsfBatchPush.WithPendingReconfiguration(
                    LsfMasterPlanner.Plan(files, [.. queue.ReadAll(setAsideRejected: false).Select(p => p.Node), .. nodes]), new LsfReconfigJournal(queue.Directory).Read());
                PushExecution.Print(parse, options, context, plan, dryRun: true, plan.HasChanges);
                return ExitCodes.Ok;
            }

            var executor = CommandRunners.Executor(context.Node);
            var verifier = new LsfReconfigVerifier(executor) { Timeout = verifyWait };
            var push = new LsfBatchPush(queue, new PlanApplier(executor), verifier) { Debounce = debounceWait };
            var outcome = push.RunAsync(nodes, files, context.Cancellation).GetAwaiter().GetResult();
            foreach (var rejected in queue.Rejected)
            {
                context.Error.WriteLine($"calibrate: warning: {rejected}");
            }

            if (outcome is null)
            {
                context.Out.WriteLine("lsf: another push already reconciled these nodes; nothing to change");
                return ExitCodes.Ok;
            }

            PushExecution.Print(parse, options, context, outcome.Plan, dryRun: false, outcome.Changed);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A wait of 0 up to a day, the most a push should ever hold the spool's lock.</summary>
    private static TimeSpan Seconds(string option, double value) => value is >= 0 and <= MaxWaitSeconds
        ? TimeSpan.FromSeconds(value)
        : throw CliException.Usage(string.Create(CultureInfo.InvariantCulture, $"{option} must be between 0 and {MaxWaitSeconds} seconds, not {value}"));

    private static List<RunResult> Results(ParseResult parse, PushOptions options, CliContext context)
    {
        var force = parse.GetValue(options.Force);
        if (parse.GetValue(options.ResultFile) is not null || parse.GetValue(options.Result) is not null || parse.GetValue(options.Latest))
        {
            return [PushExecution.GatedResult(parse, options, context)];
        }

        using var store = ResultsStoreOption.Open(parse, options.Store, context);
        var results = new List<RunResult>();
        foreach (var summary in store.LatestPerNode(ResultFilter.All))
        {
            if (store.Get(summary.Id) is not { } result)
            {
                continue;
            }

            if (PublishGate.Refusals(result) is { Count: > 0 } reasons && (!force || result.Estimate is null))
            {
                context.Error.WriteLine($"skipping {result.Hostname}: {string.Join("; ", reasons)}");
                continue;
            }

            results.Add(result);
        }

        return results;
    }

    /// <summary>The node's factor and bucket step from its one estimate (another step only with --bucket).</summary>
    private static NodeFactor Factor(RunResult result, double? step, Dictionary<string, string> architectures)
    {
        var estimate = EstimateRequirement.Of(result).With(bucketStep: step);
        return new NodeFactor(result.Hostname, estimate.CpuFactor, estimate.BucketStep, architectures.GetValueOrDefault(result.Hostname));
    }

    private static Dictionary<string, string> ParseArchitectures(IEnumerable<string> values) =>
        values.Select(v => v.Split('=', 2)).ToDictionary(
            kv => kv.Length == 2 && kv[0].Length > 0 ? kv[0] : throw CliException.Usage(string.Create(CultureInfo.InvariantCulture, $"--architecture {string.Join('=', kv)} is not HOST=ARCH")),
            kv => kv[1],
            StringComparer.OrdinalIgnoreCase);
}

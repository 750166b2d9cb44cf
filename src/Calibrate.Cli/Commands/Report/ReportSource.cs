using System.Globalization;
using Calibrate.Cli.Commands.Run;
using Calibrate.Cli.Commands.Statistics;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
using Calibrate.Reports.Inputs;
using Calibrate.Reports.Reports;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Comparison;
using Calibrate.Store;

namespace Calibrate.Cli.Commands.Report;

/// <summary>
/// What `report` and `plot` share: the store (--store, else $CALIBRATE_STORE, else results/calibrate.db, as `run`
/// writes it), the filter (--since, --host), the calibration references (--reference, <see cref="ReportCalibration"/>),
/// and the mapping to a report input with user-facing errors. refs.csv is read before the store is opened and
/// everything is checked before the caller writes anything.
/// </summary>
public static class ReportSource
{
    public static ReportInput Load(CliContext context, string? storeOption, string? since, string? host, string? baseline, string? referenceFile = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var filter = new ResultFilter { Since = ParseSince(since), Hostname = host };
        var references = referenceFile is null ? ((string Path, IReadOnlyList<ReferenceRow> Rows)?)null : ReferenceFitter.Read(context, referenceFile);
        IReadOnlyList<ResultSummary> results, all = [];
        using (var store = StoreFactory.Open(ResultPersistence.StoreArgument(storeOption, context), ResultPersistence.DefaultStorePath(context), new StoreOpenOptions { GetEnvironment = context.GetEnvironment }))
        {
            results = store.Query(filter);
            if (references is not null)
            {
                all = store.Query(ResultFilter.All);
            }
        }

        if (results.Count == 0)
        {
            throw new CliException(ExitCodes.Failed, "No stored results match (check --store, --since and --host).");
        }

        ReportInput input;
        try
        {
            input = ResultReportInput.Build(results, baseline, DateTimeOffset.UtcNow);
        }
        catch (UnknownLabelException e)
        {
            throw CliException.Usage(e.Message);
        }

        return references is { } r ? ReportCalibration.Add(context, input, r.Path, r.Rows, all) : input;
    }

    /// <summary>--since takes an ISO 8601 date or date and time; without an offset it is UTC.</summary>
    public static DateTimeOffset? ParseSince(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var since))
        {
            return since;
        }

        throw CliException.Usage($"--since {text}: expected an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T08:00Z.");
    }
}

using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Node.Calibration;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Node.Stores;
using Calibrate.Reports.Inputs;
using Calibrate.Reports.Reports;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Comparison;
using Calibrate.Store;

namespace Calibrate.Node.Reporting;

/// <summary>
/// What `report` and `plot` share: the store (<see cref="Site.StoreArgument"/>), the filter (--since, --host), the
/// calibration references (--reference, <see cref="ReportCalibration"/>), and the mapping to a report input with
/// user-facing errors. refs.csv is read before the store is opened and everything is checked before the caller writes
/// anything.
/// </summary>
public static class ReportSource
{
    public static ReportInput Load(Site site, string? storeOption, string? since, string? host, string? baseline, string? referenceFile = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        var environment = site.Environment;
        var now = environment.Clock.GetUtcNow();
        var filter = new ResultFilter { Since = ValueParsers.ParseTime("--since", since, now), Hostname = host };
        var references = referenceFile is null ? null : ((string Path, IReadOnlyList<(AccountingUnit Unit, IReadOnlyList<ReferenceRow> Rows)> Tables)?)ReferenceFitter.Read(environment, referenceFile);
        IReadOnlyList<ResultSummary> results, all = [];
        using (var store = StoreLocation.Open(site.StoreArgument(storeOption), environment))
        {
            results = store.Query(filter);
            if (references is not null)
            {
                all = store.Query(ResultFilter.All);
            }
        }

        if (results.Count == 0)
        {
            throw new OperationFailedException("No stored results match (check --store, --since and --host).");
        }

        ReportInput input;
        try
        {
            input = ResultReportInput.Build(results, baseline, now);
        }
        catch (UnknownLabelException e)
        {
            throw new InputException(e.Message, e);
        }

        return references is { } r ? ReportCalibration.Add(site, input, r.Path, r.Tables, all) : input;
    }
}

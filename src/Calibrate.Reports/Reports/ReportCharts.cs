using Calibrate.Reports.Charts;
using Calibrate.Reports.Sweep;

namespace Calibrate.Reports.Reports;

/// <summary>The charts a report input supports, in issue 6's order.</summary>
public static class ReportCharts
{
    public static IReadOnlyList<Chart> Build(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var charts = new List<Chart>();
        if (input.Labels.Count > 0)
        {
            charts.Add(LabelScoreChart.Build(input.Labels));
        }

        if (input.Scaling.Count > 0)
        {
            charts.Add(ScalingChart.Build(input.Scaling, SweepAnalysis.Analyse(input.Scaling)));
        }

        if (input.CalibrationReferences.Count > 0 && input.Calibration is { } fit)
        {
            charts.Add(CalibrationChart.Build(input.CalibrationReferences, fit));
        }

        if (input.KernelRatios.Count > 0)
        {
            charts.Add(KernelRatioChart.Build(input.KernelRatios, input.Baseline ?? "baseline"));
        }

        if (input.Fleet.Count > 0)
        {
            charts.Add(FleetChart.Build(input.Fleet));
        }

        if (input.History.Count > 0)
        {
            charts.Add(HistoryChart.Build(input.HistoryHost ?? "node", input.History));
        }

        return charts;
    }
}

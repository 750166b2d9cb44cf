using System.Text.Json;
using Calibrate.Node.Calibration;
using Calibrate.Node.Priors;
using Calibrate.Statistics.Comparison;
using Calibrate.Statistics.Fleet;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>The --json forms of the statistics commands, one document each, newline-terminated.</summary>
public static class StatisticsOutputJson
{
    public static string Serialize(FitReport report) => JsonSerializer.Serialize(report, StatisticsOutputJsonContext.Default.FitReport) + "\n";

    public static string Serialize(FactorOutput output) => JsonSerializer.Serialize(output, StatisticsOutputJsonContext.Default.FactorOutput) + "\n";

    public static string Serialize(ComparisonReport report) => JsonSerializer.Serialize(report, StatisticsOutputJsonContext.Default.ComparisonReport) + "\n";

    public static string Serialize(FleetReport report) => JsonSerializer.Serialize(report, StatisticsOutputJsonContext.Default.FleetReport) + "\n";

    public static string Serialize(PriorReport report) => JsonSerializer.Serialize(report, StatisticsOutputJsonContext.Default.PriorReport) + "\n";
}

using System.Text.Json;
using Calibrate.Node.Priors;

namespace Calibrate.Cli.Commands.Prior;

/// <summary>The --json form of `calibrate prior`: one document, newline-terminated.</summary>
public static class PriorJson
{
    public static string Serialize(PriorReport report) => JsonSerializer.Serialize(report, PriorJsonContext.Default.PriorReport) + "\n";
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Calibrate.Agent.Probing;
using Calibrate.Agent.Running;

namespace Calibrate.Cli.Infrastructure;

/// <summary>The domain errors every command may meet, each mapped to its exit code and a one-line message.</summary>
public static class KnownErrors
{
    public static bool TryDescribe(Exception error, out int exitCode, [NotNullWhen(true)] out string? message)
    {
        ArgumentNullException.ThrowIfNull(error);
        (exitCode, message) = error switch
        {
            PlanException e => (ExitCodes.Usage, e.Message),
            Commands.Run.NodeBusyException e => (ExitCodes.Busy, e.Message),
            Configuration.ConfigException e => (ExitCodes.Usage, e.Message),
            Calibrate.Pushers.Common.PushRefusedException e => (ExitCodes.Failed, e.Message),
            Calibrate.Pushers.Common.PushConfigException e => (ExitCodes.Usage, e.Message),
            Calibrate.Pushers.Common.CommandFailedException e => (ExitCodes.ExternalCommandFailed, e.Message),
            Calibrate.Store.StoreException e => (ExitCodes.StoreUnavailable, e.Message),
            ProbeException e => (ExitCodes.Usage, e.Message),
            InvalidMeasurementException e => (ExitCodes.InvalidMeasurement, e.Message),
            RunFailedException e => (ExitCodes.Failed, e.Message),
            Calibrate.Statistics.Calibration.ReferenceCsvException e => (ExitCodes.Usage, e.Message),
            Calibrate.Statistics.Comparison.UnknownLabelException e => (ExitCodes.Usage, e.Message),
            JsonException e => (ExitCodes.Usage, $"not a valid calibrate JSON file: {e.Message}"),
            FileNotFoundException e => (ExitCodes.Usage, $"no such file: {e.FileName ?? e.Message}"),
            DirectoryNotFoundException e => (ExitCodes.Usage, e.Message),
            UnauthorizedAccessException e => (ExitCodes.Failed, $"permission denied: {e.Message}"),
            IOException e => (ExitCodes.Failed, e.Message),
            _ => (0, null),
        };
        return message is not null;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Calibrate.Agent.Planning;
using Calibrate.Agent.Probing;
using Calibrate.Agent.Running;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Platform.Files;
using Calibrate.Platform.Locking;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Comparison;
using Calibrate.Statistics.Priors;
using Calibrate.Store;

namespace Calibrate.Cli.Infrastructure;

/// <summary>
/// The one place where the application's domain errors become exit codes: each maps to its code and a one-line
/// message; nothing else in the CLI decides an exit code for an exception.
/// </summary>
public static class KnownErrors
{
    public static bool TryDescribe(Exception error, out int exitCode, [NotNullWhen(true)] out string? message)
    {
        ArgumentNullException.ThrowIfNull(error);
        (exitCode, message) = error switch
        {
            InputException e => (ExitCodes.Usage, e.Message),
            OperationFailedException e => (ExitCodes.Failed, e.Message),
            DisturbedResultException e => (ExitCodes.Disturbed, e.Message),
            PlanException e => (ExitCodes.Usage, e.Message),
            BudgetTooShortException e => (ExitCodes.Usage, e.Message),
            NodeBusyException e => (ExitCodes.Busy, e.Message),
            ConfigException e => (ExitCodes.Usage, e.Message),
            PushRefusedException e => (ExitCodes.Failed, e.Message),
            PushConfigException e => (ExitCodes.Usage, e.Message),
            CommandFailedException e => (ExitCodes.ExternalCommandFailed, e.Message),
            StoreException e => (ExitCodes.StoreUnavailable, e.Message),
            ProbeException e => (ExitCodes.Usage, e.Message),
            InvalidMeasurementException e => (ExitCodes.InvalidMeasurement, e.Message),
            RunFailedException e => (ExitCodes.Failed, e.Message),
            ReferenceCsvException e => (ExitCodes.Usage, e.Message),
            Hs23TableException e => (ExitCodes.Usage, e.Message),
            UnknownLabelException e => (ExitCodes.Usage, e.Message),
            JsonException e => (ExitCodes.Usage, $"not a valid calibrate JSON file: {e.Message}"),
            FileNotFoundException e => (ExitCodes.Usage, $"no such file: {e.FileName ?? e.Message}"),
            DirectoryNotFoundException e => (ExitCodes.Usage, e.Message),
            NotAReplaceableFileException e => (ExitCodes.Usage, e.Message),
            UnauthorizedAccessException e => (ExitCodes.Failed, $"permission denied: {e.Message}"),
            IOException e => (ExitCodes.Failed, e.Message),
            _ => (0, null),
        };
        return message is not null;
    }
}

using Calibrate.Node.Boot;

namespace Calibrate.Cli.Infrastructure;

/// <summary>Named exit codes of the calibrate command, stable for scripts (sysexits.h where one fits).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran but its outcome is a failure (e.g. the measurement is disturbed and was not published).</summary>
    public const int Failed = 1;

    /// <summary>Bad command line or bad input file (sysexits EX_USAGE is 64; 2 is what shells and argparse use).</summary>
    public const int Usage = 2;

    /// <summary>A kernel's output did not match its checksum: the run is invalid, as SPEC rules.</summary>
    public const int InvalidMeasurement = 3;

    /// <summary>The run was disturbed beyond the stated thresholds.</summary>
    public const int Disturbed = 4;

    /// <summary>The store could not be opened or written; the result was kept as a file for a later import.</summary>
    public const int StoreUnavailable = 5;

    /// <summary>An external command (scontrol, lsadmin...) failed or timed out.</summary>
    public const int ExternalCommandFailed = 6;

    /// <summary>Another calibrate is measuring this node (sysexits EX_TEMPFAIL: try again later, or give --wait).</summary>
    public const int Busy = 75;

    /// <summary>An unexpected internal error (sysexits EX_SOFTWARE).</summary>
    public const int Internal = 70;

    /// <summary>Interrupted by Ctrl-C or SIGTERM (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    /// <summary>How a boot ended, as its exit code.</summary>
    public static int Of(BootOutcome outcome) => outcome switch
    {
        BootOutcome.Published => Ok,
        BootOutcome.StoreFailed => StoreUnavailable,
        BootOutcome.PushFailed => ExternalCommandFailed,
        BootOutcome.Busy => Busy,
        BootOutcome.InvalidMeasurement => InvalidMeasurement,
        BootOutcome.Disturbed => Disturbed,
        _ => Failed,
    };
}

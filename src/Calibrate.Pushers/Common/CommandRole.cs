namespace Calibrate.Pushers.Common;

/// <summary>Whether a planned command checks the new configuration (failure rolls the files back) or applies it.</summary>
public enum CommandRole
{
    /// <summary>Validates what was written, e.g. `lsadmin ckconfig -v`; tried once, a failure restores every file.</summary>
    Check,

    /// <summary>Makes the daemons take the change, e.g. `scontrol update`, `badmin mbdrestart`; retried with backoff.</summary>
    Apply,
}

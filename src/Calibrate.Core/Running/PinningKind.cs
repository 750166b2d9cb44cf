namespace Calibrate.Core.Running;

/// <summary>How copies are placed on logical CPUs.</summary>
public enum PinningKind
{
    /// <summary>The OS schedules every copy over all allowed CPUs.</summary>
    None,

    /// <summary>One copy per physical core, spread over sockets.</summary>
    Core,

    /// <summary>Every copy on its own logical CPU.</summary>
    Thread,

    /// <summary>Copies confined to NUMA nodes, round-robin.</summary>
    Numa,

    /// <summary>Explicit CPUs, one per copy, in the order given.</summary>
    List,
}

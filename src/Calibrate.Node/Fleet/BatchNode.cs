namespace Calibrate.Node.Fleet;

/// <summary>
/// A node as the batch system lists it, with the CPUs and memory a job holding the whole node requests where the
/// scheduler needs them (HTCondor's partitionable slot, PBS's np); null where it does not.
/// </summary>
public sealed record BatchNode(string Name, int? Cpus = null, long? MemoryMb = null);

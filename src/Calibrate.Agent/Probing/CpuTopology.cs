using Calibrate.Core.Probing;

namespace Calibrate.Agent.Probing;

/// <summary>
/// Sockets, cores and threads as lscpu counts them, and every online CPU's place. Core and socket numbers are
/// logical ids as <c>lscpu -p</c> prints them: unique across the node, numbered in CPU order, never the firmware's
/// core_id (which repeats per socket, and differs between the two threads of an AMD Bulldozer module).
/// </summary>
public sealed record CpuTopology(int Sockets, int CoresPerSocket, int ThreadsPerCore, IReadOnlyList<LogicalCpu> Cpus);

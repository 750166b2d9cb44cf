namespace Calibrate.Workloads.Kernels.Omnetpp;

/// <summary>
/// A scheduled event: a packet arriving at a node, or (with no packet) a node's traffic source firing.
/// Ordered by time, then by scheduling order, so ties resolve the same way on every node.
/// </summary>
internal sealed class SimEvent(double time, long sequence, int node, Packet? packet)
{
    public double Time { get; } = time;

    public long Sequence { get; } = sequence;

    public int Node { get; } = node;

    public Packet? Packet { get; } = packet;

    public bool Precedes(SimEvent other) =>
        Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
}

namespace Calibrate.Workloads.Kernels.Omnetpp;

/// <summary>A packet in flight; one heap object per packet, as a network simulator allocates messages.</summary>
internal sealed class Packet(int id, int destination, int length, double created)
{
    public int Id { get; } = id;

    public int Destination { get; } = destination;

    public int Length { get; } = length;

    public double Created { get; } = created;

    public int Hops { get; set; }
}

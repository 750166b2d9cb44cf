namespace Calibrate.Agent.Tests.Probing;

/// <summary>One row of <c>lscpu -p</c>: logical CPU, core, socket and node ids.</summary>
internal sealed record LscpuRow(int Cpu, int Core, int Socket, int Node);


namespace Calibrate.Workloads.Probes;

/// <summary>
/// The ALU probe: xorshift and a multiply-add in registers, no memory traffic: about 4 ms on the development machine (2 ns a step).
/// The same loop as bench/floors/alu.c, the harness's ALU floor.
/// </summary>
public sealed class AluProbe : INoiseProbe
{
    public const int Steps = 2_000_000;

    public string Name => "alu";

    public ulong ExpectedChecksum { get; } = Compute();

    public void Setup()
    {
    }

    public ulong Run() => Compute();

    private static ulong Compute()
    {
        ulong x = 88172645463325252UL, acc = 0;
        for (var i = 0; i < Steps; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            acc = unchecked((acc * 6364136223846793005UL) + x);
        }

        return acc;
    }
}

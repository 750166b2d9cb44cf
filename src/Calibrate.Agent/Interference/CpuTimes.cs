namespace Calibrate.Agent.Interference;

/// <summary>Cumulative tick counters of one CPU line of /proc/stat (man 5 proc_stat).</summary>
public readonly record struct CpuTimes(long User, long Nice, long System, long Idle, long IoWait, long Irq, long SoftIrq, long Steal)
{
    /// <summary>Ticks the CPU spent running something on this guest's behalf.</summary>
    public long Busy => User + Nice + System + Irq + SoftIrq;

    public long Total => Busy + Idle + IoWait + Steal;

    public static CpuTimes operator -(CpuTimes a, CpuTimes b) => new(
        a.User - b.User, a.Nice - b.Nice, a.System - b.System, a.Idle - b.Idle,
        a.IoWait - b.IoWait, a.Irq - b.Irq, a.SoftIrq - b.SoftIrq, a.Steal - b.Steal);

    public static CpuTimes operator +(CpuTimes a, CpuTimes b) => new(
        a.User + b.User, a.Nice + b.Nice, a.System + b.System, a.Idle + b.Idle,
        a.IoWait + b.IoWait, a.Irq + b.Irq, a.SoftIrq + b.SoftIrq, a.Steal + b.Steal);

    public CpuTimes Subtract(CpuTimes other) => this - other;

    public CpuTimes Add(CpuTimes other) => this + other;
}

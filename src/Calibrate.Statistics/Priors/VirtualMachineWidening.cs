using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Priors;

/// <summary>
/// A virtual machine's prior is wider: a vCPU's throughput depends on the host's load and on whether its SMT sibling
/// is busy, which the guest cannot see. The table's relative SD s and a stated VM term s_vm = 10.2% are combined in
/// quadrature, s' = √(s² + s_vm²), with ν' = s'⁴ / (s⁴/ν) (Welch–Satterthwaite, s_vm taken as exact; held where the
/// table's own 95% interval would be wider: <see cref="WelchSatterthwaite.DfNeverNarrowerThanEither"/>). The centre is
/// not moved: the loss depends on the hypervisor's tuning, which the probe cannot see either.
/// </summary>
/// <remarks>
/// s_vm is half the largest published loss of a KVM guest against its bare-metal host, so that this loss lies two
/// SDs below the centre: CERN's untuned KVM, one 32-vCPU guest on a 32-thread E5-2650 v2 host, 284 ± 11 against
/// 357 ± 16 HS06, −20.4% (every vCPU busy, so on SMT siblings); 4 guests of 8 vCPUs on that host −7.8%, with ±11 on
/// 82.3 HS06 (±13%) between the guests of one host (B. Moreira et al., "CPU optimizations in the CERN Cloud",
/// OpenStack Ops Mid-cycle, Manchester 2016, slides 8–10). Tuned KVM loses about 3–5% (CERN, "Tuning hypervisors
/// for High Throughput Computing", 2015; IHEP, Computer Science (China) 2015 no. 1), Hyper-V 0.8–3.3% (CERN,
/// 2016). All from research/vm_literature.md section 2.1, rows V1–V12.
/// </remarks>
public static class VirtualMachineWidening
{
    /// <summary>CERN's 1 × 32 vCPU untuned KVM guest against its host: 284 / 357 HS06 (vm_literature.md row V3).</summary>
    public const double LargestPublishedLoss = 0.204;

    /// <summary>The VM term's relative SD: half the largest published loss (that loss at two SDs).</summary>
    public const double RelativeSd = LargestPublishedLoss / 2;

    /// <summary>The widened relative SD and its effective degrees of freedom.</summary>
    public static (double RelativeSd, double DegreesOfFreedom) Widen(double relativeSd, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(relativeSd);
        var table = relativeSd * relativeSd;
        var vm = RelativeSd * RelativeSd;
        // A widening never narrows: the df is held where the table's own 95% interval would be wider than the sum's.
        return (Math.Sqrt(table + vm), WelchSatterthwaite.DfNeverNarrowerThanEither(table, degreesOfFreedom, vm, double.PositiveInfinity, Confidence.Level));
    }
}

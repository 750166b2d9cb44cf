namespace Calibrate.Agent.Probing;

/// <summary>
/// cpufreq facts (Documentation/admin-guide/pm/cpufreq.rst and intel_pstate.rst). A VM usually has no cpufreq at
/// all; then every value here is null rather than a guess.
/// </summary>
public static class CpuFreqParser
{
    private const double KHzPerMHz = 1000;

    /// <summary>The highest cpuinfo_max_freq (kHz) of the given CPUs in MHz, as lscpu's "CPU max MHz".</summary>
    public static double? MaxMHz(IEnumerable<string?> cpuinfoMaxFreqTexts)
    {
        ArgumentNullException.ThrowIfNull(cpuinfoMaxFreqTexts);
        var values = cpuinfoMaxFreqTexts.Select(KernelText.ParseInt).OfType<int>().ToList();
        return values.Count > 0 ? values.Max() / KHzPerMHz : null;
    }

    /// <summary>
    /// Whether boost (turbo) is enabled: cpufreq/boost (acpi-cpufreq, amd-pstate: "1" = enabled) or, with
    /// intel_pstate, intel_pstate/no_turbo ("1" = disabled); null where the kernel says neither.
    /// </summary>
    public static bool? Boost(string? cpufreqBoost, string? intelPstateNoTurbo)
    {
        if (KernelText.ParseInt(cpufreqBoost) is { } boost)
        {
            return boost != 0;
        }

        return KernelText.ParseInt(intelPstateNoTurbo) is { } noTurbo ? noTurbo == 0 : null;
    }
}

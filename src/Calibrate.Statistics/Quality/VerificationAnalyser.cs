using Calibrate.Core.Quality;
using Calibrate.Core.Results;

namespace Calibrate.Statistics.Quality;

/// <summary>A kernel whose output did not match its checksum measured something else: an error.</summary>
public static class VerificationAnalyser
{
    public static IEnumerable<Conclusion> Analyse(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Copies
            .SelectMany(c => c.Kernels.Where(k => !k.Verified).Select(k => (c.Copy, k.Kernel)))
            .GroupBy(x => x.Kernel, StringComparer.Ordinal)
            .Select(g => new Conclusion(
                Severity.Error,
                ConclusionCodes.UnverifiedKernel,
                $"kernel {g.Key} produced an unverified output on copies {string.Join(", ", g.Select(x => x.Copy))}"));
    }
}

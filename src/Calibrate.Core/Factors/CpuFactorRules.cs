using System.Globalization;
using Calibrate.Core.Text;

namespace Calibrate.Core.Factors;

/// <summary>
/// The one set of CPU-factor rules every command and pusher uses: factor = (figure / slots) / reference figure per slot;
/// the LSF-ready value is the factor to <see cref="LsfDecimals"/> decimals; the host-model bucket is the factor rounded
/// to the nearest multiple of the bucket step, never below one step.
/// </summary>
/// <remarks>
/// LSF's CPUFACTOR is a float attached to a host model in lsf.shared (IBM Spectrum LSF configuration reference, HostModel
/// section; research/anchors_benchmarks.md §5); LIM rejects a factor that is not &gt; 0 ("Bad cpuFactor", lim.conf.c),
/// hence the floor of one step. Two decimals keep the value readable while a 0.5% step is below a quick run's
/// precision. Rounding is <see cref="DecimalRounding"/>'s, as everything printed.
/// </remarks>
public static class CpuFactorRules
{
    public const int LsfDecimals = 2;

    /// <summary>
    /// The default bucket width: finer than the interval of a quick run's factor, and well under LSF's limit of 1024
    /// host models for factors up to 100. The site sets its own in one place (reference.bucket_step).
    /// </summary>
    public const double DefaultBucketStep = 0.1;

    /// <summary>The largest bucket step that still makes sense for factors of order 1.</summary>
    public const double MaxBucketStep = 10;

    /// <summary>The smallest: LSF host models per 0.001 would run into LSF's 1024-model limit within one factor unit.</summary>
    public const double MinBucketStep = 0.001;

    public static double Factor(double value, int slots, double referencePerSlot) => value / slots / referencePerSlot;

    public static double Lsf(double factor) => DecimalRounding.Round(factor, LsfDecimals);

    /// <summary>round(factor / step) · step, at least one step, to the step's decimals; NaN for a factor that is not positive.</summary>
    public static double Bucket(double factor, double step)
    {
        if (!IsValidStep(step))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, StepError(step));
        }

        if (!double.IsFinite(factor) || factor <= 0)
        {
            return double.NaN;
        }

        return Math.Max(step, Math.Round(Math.Round(factor / step, MidpointRounding.AwayFromZero) * step, Decimals(step)));
    }

    /// <summary>The bucket as text with exactly the step's decimals ("12.5" for step 0.1, "2.25" for 0.25).</summary>
    public static string BucketText(double bucket, double step) =>
        bucket.ToString("F" + Decimals(step).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The decimals that write the step exactly: 1 for 0.1, 2 for 0.05 and 0.25, 0 for 1.</summary>
    public static int Decimals(double step)
    {
        for (var d = 0; d < 6; d++)
        {
            if (Math.Abs(Math.Round(step, d) - step) < 1e-12)
            {
                return d;
            }
        }

        return 6;
    }

    public static bool IsValidStep(double step) => double.IsFinite(step) && step >= MinBucketStep && step <= MaxBucketStep;

    public static string StepError(double step) =>
        string.Create(CultureInfo.InvariantCulture, $"the bucket step must be a number from {MinBucketStep} to {MaxBucketStep}, such as 0.1, not {step}");
}

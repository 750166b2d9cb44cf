using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// Maps a CPU factor to the host model that carries it: LSF attaches factors to models, not hosts (lsf.shared.5), so
/// every distinct factor needs a model. Factors are rounded to a bucket width (default 0.1, finer than the usual
/// measurement interval of a quick run and well under LSF's 1024-model limit for factors up to 100) and named
/// `HS06_12_5` for 12.5: the `.` of the number is not allowed in a model name (integration.md 7).
/// </summary>
public sealed record FactorBuckets(double Width)
{
    public const string Prefix = "HS06_";

    public static FactorBuckets Default { get; } = new(0.1);

    private int Decimals => Math.Clamp((int)Math.Ceiling(-Math.Log10(Width) - 1e-9), 0, 4);

    public double Bucket(double factor)
    {
        if (!double.IsFinite(factor) || factor <= 0)
        {
            throw new PushRefusedException($"CPU factor {PlainNumber.Format(factor, 4)} is not a positive number");
        }

        // LIM rejects a factor that is not > 0 ("Bad cpuFactor", lim.conf.c): the smallest bucket is one width.
        return Math.Max(Width, Math.Round(Math.Round(factor / Width, MidpointRounding.AwayFromZero) * Width, Decimals));
    }

    public string FactorText(double bucket) => PlainNumber.Fixed(bucket, Decimals);

    public string ModelName(double bucket) => Prefix + FactorText(bucket).Replace('.', '_');
}

using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Calibration;

/// <summary>Least squares through the origin; formulas on <see cref="ThroughOriginFit"/>.</summary>
public static class ThroughOriginRegression
{
    public static ThroughOriginFit Fit(double[] x, double[] y, double level)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var n = x.Length;
        double sxx = 0, sxy = 0, syy = 0, sy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += x[i] * x[i];
            sxy += x[i] * y[i];
            syy += y[i] * y[i];
            sy += y[i];
        }

        var k = sxy / sxx;
        double sse = 0, loo = 0;
        for (var i = 0; i < n; i++)
        {
            var e = y[i] - (k * x[i]);
            sse += e * e;
            var press = e / (1 - (x[i] * x[i] / sxx));
            loo += (press / y[i]) * (press / y[i]);
        }

        var df = n - 1;
        var sigma = Math.Sqrt(sse / df);
        var se = sigma / Math.Sqrt(sxx);
        var t = StudentTQuantile.TwoSided(level, df);
        var ssCentred = syy - (sy * sy / n);
        return new ThroughOriginFit
        {
            K = k,
            KStandardError = se,
            KLow = k - (t * se),
            KHigh = k + (t * se),
            ResidualSigma = sigma,
            DegreesOfFreedom = df,
            RSquared = 1 - (sse / ssCentred),
            RSquaredUncentred = 1 - (sse / syy),
            LooRmsePercent = 100 * Math.Sqrt(loo / n),
        };
    }
}

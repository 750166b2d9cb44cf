using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Calibration;

/// <summary>Simple linear regression with intercept; formulas on <see cref="LinearFit"/>.</summary>
public static class OrdinaryLeastSquares
{
    public static LinearFit Fit(double[] x, double[] y, double level)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var n = x.Length;
        var meanX = x.Average();
        var meanY = y.Average();
        double sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }

        var b = sxy / sxx;
        var a = meanY - (b * meanX);
        double sse = 0, loo = 0;
        for (var i = 0; i < n; i++)
        {
            var e = y[i] - (a + (b * x[i]));
            sse += e * e;
            var leverage = (1.0 / n) + ((x[i] - meanX) * (x[i] - meanX) / sxx);
            var press = e / (1 - leverage);
            loo += (press / y[i]) * (press / y[i]);
        }

        var df = n - 2;
        var s2 = sse / df;
        var t = StudentTQuantile.TwoSided(level, df);
        var seB = Math.Sqrt(s2 / sxx);
        return new LinearFit
        {
            Intercept = a,
            Slope = b,
            InterceptVariance = s2 * ((1.0 / n) + (meanX * meanX / sxx)),
            SlopeVariance = s2 / sxx,
            InterceptSlopeCovariance = -meanX * s2 / sxx,
            SlopeLow = b - (t * seB),
            SlopeHigh = b + (t * seB),
            ResidualSigma = Math.Sqrt(s2),
            DegreesOfFreedom = df,
            RSquared = 1 - (sse / syy),
            LooRmsePercent = 100 * Math.Sqrt(loo / n),
        };
    }
}

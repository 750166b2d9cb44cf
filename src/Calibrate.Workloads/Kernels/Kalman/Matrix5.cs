namespace Calibrate.Workloads.Kernels.Kalman;

/// <summary>
/// The 5x5 (row-major double[25]) and 5-vector operations of a track fit, hand-written as scalar loops as in
/// tracking code that cannot rely on a BLAS.
/// </summary>
internal static class Matrix5
{
    public const int N = 5;

    /// <summary>c = a b.</summary>
    public static void Multiply(double[] a, double[] b, double[] c)
    {
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < N; k++)
                {
                    sum += a[(i * N) + k] * b[(k * N) + j];
                }

                c[(i * N) + j] = sum;
            }
        }
    }

    /// <summary>c = a b', the transpose taken on the fly.</summary>
    public static void MultiplyTransposed(double[] a, double[] b, double[] c)
    {
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < N; k++)
                {
                    sum += a[(i * N) + k] * b[(j * N) + k];
                }

                c[(i * N) + j] = sum;
            }
        }
    }

    /// <summary>y = a x.</summary>
    public static void Apply(double[] a, double[] x, double[] y)
    {
        for (var i = 0; i < N; i++)
        {
            var sum = 0.0;
            for (var k = 0; k < N; k++)
            {
                sum += a[(i * N) + k] * x[k];
            }

            y[i] = sum;
        }
    }

    public static void Copy(double[] source, double[] target)
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = source[i];
        }
    }

    /// <summary>
    /// Inverse of a symmetric positive-definite matrix by Gauss-Jordan elimination without pivoting, which is
    /// stable for SPD matrices (Golub and Van Loan, "Matrix Computations", 4th ed., section 4.2).
    /// </summary>
    public static void InvertSpd(double[] a, double[] work, double[] inverse)
    {
        Copy(a, work);
        for (var i = 0; i < N * N; i++)
        {
            inverse[i] = i % (N + 1) == 0 ? 1.0 : 0.0;
        }

        for (var p = 0; p < N; p++)
        {
            var scale = 1.0 / work[(p * N) + p];
            for (var j = 0; j < N; j++)
            {
                work[(p * N) + j] *= scale;
                inverse[(p * N) + j] *= scale;
            }

            for (var i = 0; i < N; i++)
            {
                var factor = work[(i * N) + p];
                if (i == p || factor == 0.0)
                {
                    continue;
                }

                for (var j = 0; j < N; j++)
                {
                    work[(i * N) + j] -= factor * work[(p * N) + j];
                    inverse[(i * N) + j] -= factor * inverse[(p * N) + j];
                }
            }
        }
    }
}

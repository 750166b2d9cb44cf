namespace Calibrate.Workloads.Kernels.Povray;

/// <summary>A 3-vector of doubles for the ray tracer; plain fields so the JIT keeps it in scalar registers.</summary>
/// <remarks>Not a record: the generated ToString would pull StringBuilder into the kernel assembly.</remarks>
internal readonly struct Vec3(double x, double y, double z)
{
    public double X { get; } = x;

    public double Y { get; } = y;

    public double Z { get; } = z;

    public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    public static Vec3 operator *(double s, Vec3 a) => new(s * a.X, s * a.Y, s * a.Z);

    public static Vec3 operator *(Vec3 a, Vec3 b) => new(a.X * b.X, a.Y * b.Y, a.Z * b.Z);

    public double Dot(Vec3 b) => (X * b.X) + (Y * b.Y) + (Z * b.Z);

    public Vec3 Normalized() => (1.0 / Math.Sqrt(Dot(this))) * this;
}

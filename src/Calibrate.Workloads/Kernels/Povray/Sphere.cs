namespace Calibrate.Workloads.Kernels.Povray;

/// <summary>A sphere of the generated scene with its surface colour and mirror reflectivity.</summary>
internal sealed class Sphere(Vec3 centre, double radius, Vec3 colour, double reflectivity)
{
    public Vec3 Centre { get; } = centre;

    public double Radius { get; } = radius;

    public Vec3 Colour { get; } = colour;

    public double Reflectivity { get; } = reflectivity;
}

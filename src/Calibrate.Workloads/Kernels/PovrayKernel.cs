using Calibrate.Workloads.Determinism;
using Calibrate.Workloads.Kernels.Povray;

namespace Calibrate.Workloads.Kernels;

/// <summary>
/// A Whitted ray tracer (spheres on a checkered plane, two point lights, hard shadows, mirror reflections) into a
/// small frame buffer: the recursive, branchy floating-point character of 453.povray.
/// </summary>
/// <remarks>
/// Whitted, "An improved illumination model for shaded display", CACM 23 (1980), doi:10.1145/358876.358882.
/// The Phong exponent is 16, taken by repeated squaring because Math.Pow is a libm call.
/// </remarks>
public sealed class PovrayKernel(ulong seed = PovrayKernel.DefaultSeed) : SeededKernel(seed)
{
    /// <summary>The seed of the reference input.</summary>
    public const ulong DefaultSeed = 453;

    // The former iteration's reference, 0.972 s, times the unit's measured share of its time, 0.1276, gave 0.124 s (2026-12-01);
    // the unit was halved on 2026-12-02 (112x84 pixels of the former 160x120), times its measured share of the former unit, 0.4969 (see KernelCatalog).
    private const double ReferenceTime = 0.0616;
    private const ulong Checksum = 0x42A7E180FF05AD9D;
    private const int Width = 112;
    private const int Height = 84;
    private const int SphereCount = 48;
    private const int MaxDepth = 4;
    private const double Epsilon = 1e-6;
    private const double Ambient = 0.1;

    private static readonly Vec3 Eye = new(0.0, 4.0, -14.0);
    private static readonly Vec3 Target = new(0.0, 1.0, 0.0);
    private static readonly Vec3 Sky = new(0.25, 0.45, 0.8);

    private readonly double[] _frame = new double[3 * Width * Height];
    private Sphere[] _spheres = [];
    private Vec3[] _lights = [];

    /// <inheritdoc />
    public override string Name => "povray";

    /// <inheritdoc />
    public override string Description => "Whitted ray tracing with shadows and reflections (453.povray)";

    /// <inheritdoc />
    public override double ReferenceSeconds => ReferenceTime;

    /// <inheritdoc />
    public override ulong ExpectedChecksum => Checksum;

    /// <inheritdoc />
    protected override void GenerateInput()
    {
        var rng = new Xoshiro256StarStar(Seed);
        _spheres = new Sphere[SphereCount];
        for (var i = 0; i < SphereCount; i++)
        {
            var radius = rng.NextDouble(0.3, 1.2);
            var centre = new Vec3(rng.NextDouble(-8.0, 8.0), radius + rng.NextDouble(0.0, 2.0), rng.NextDouble(-4.0, 12.0));
            var colour = new Vec3(rng.NextDouble(0.2, 1.0), rng.NextDouble(0.2, 1.0), rng.NextDouble(0.2, 1.0));
            _spheres[i] = new Sphere(centre, radius, colour, rng.NextDouble(0.0, 0.6));
        }

        _lights =
        [
            new Vec3(rng.NextDouble(-10.0, -4.0), rng.NextDouble(8.0, 12.0), rng.NextDouble(-10.0, -4.0)),
            new Vec3(rng.NextDouble(4.0, 10.0), rng.NextDouble(6.0, 10.0), rng.NextDouble(-6.0, 0.0)),
        ];
    }

    /// <inheritdoc />
    protected override ulong RunUnitCore()
    {
        var forward = (Target - Eye).Normalized();
        var right = new Vec3(forward.Z, 0.0, -forward.X).Normalized();
        var up = new Vec3(
            (right.Y * forward.Z) - (right.Z * forward.Y),
            (right.Z * forward.X) - (right.X * forward.Z),
            (right.X * forward.Y) - (right.Y * forward.X));
        var aspect = (double)Width / Height;
        for (var py = 0; py < Height; py++)
        {
            for (var px = 0; px < Width; px++)
            {
                var sx = ((((px + 0.5) / Width) * 2.0) - 1.0) * aspect * 0.6;
                var sy = (1.0 - (((py + 0.5) / Height) * 2.0)) * 0.6;
                var direction = (forward + (sx * right) + (sy * up)).Normalized();
                var colour = Trace(Eye, direction, 0);
                var pixel = 3 * ((py * Width) + px);
                _frame[pixel] = colour.X;
                _frame[pixel + 1] = colour.Y;
                _frame[pixel + 2] = colour.Z;
            }
        }

        var hash = Fnv1a.OffsetBasis;
        for (var i = 0; i < _frame.Length; i++)
        {
            hash = Fnv1a.Add(hash, _frame[i]);
        }

        return hash;
    }

    private Vec3 Trace(Vec3 origin, Vec3 direction, int depth)
    {
        var (distance, sphere) = Nearest(origin, direction);
        var planeDistance = direction.Y < -Epsilon ? -origin.Y / direction.Y : double.MaxValue;
        if (sphere < 0 && planeDistance == double.MaxValue)
        {
            return Sky;
        }

        Vec3 point;
        Vec3 normal;
        Vec3 surface;
        double reflectivity;
        if (sphere >= 0 && distance < planeDistance)
        {
            var hit = _spheres[sphere];
            point = origin + (distance * direction);
            normal = (1.0 / hit.Radius) * (point - hit.Centre);
            surface = hit.Colour;
            reflectivity = hit.Reflectivity;
        }
        else
        {
            point = origin + (planeDistance * direction);
            normal = new Vec3(0.0, 1.0, 0.0);
            var checker = ((long)Math.Floor(point.X) + (long)Math.Floor(point.Z)) & 1;
            surface = checker == 0 ? new Vec3(0.9, 0.9, 0.9) : new Vec3(0.15, 0.15, 0.15);
            reflectivity = 0.3;
        }

        var colour = Shade(point, normal, direction, surface);
        if (depth < MaxDepth && reflectivity > 0.0)
        {
            var reflected = direction - ((2.0 * direction.Dot(normal)) * normal);
            var bounce = Trace(point + (Epsilon * normal), reflected, depth + 1);
            colour = ((1.0 - reflectivity) * colour) + (reflectivity * bounce);
        }

        return colour;
    }

    private Vec3 Shade(Vec3 point, Vec3 normal, Vec3 view, Vec3 surface)
    {
        var colour = Ambient * surface;
        var origin = point + (Epsilon * normal);
        foreach (var light in _lights)
        {
            var toLight = light - point;
            var lightDistance = Math.Sqrt(toLight.Dot(toLight));
            var l = (1.0 / lightDistance) * toLight;
            var diffuse = normal.Dot(l);
            if (diffuse <= 0.0 || InShadow(origin, l, lightDistance))
            {
                continue;
            }

            var halfway = (l - view).Normalized();
            var specular = Math.Max(0.0, normal.Dot(halfway));
            for (var i = 0; i < 4; i++)
            {
                specular *= specular;
            }

            colour = colour + ((0.5 * diffuse) * surface) + new Vec3(0.4 * specular, 0.4 * specular, 0.4 * specular);
        }

        return colour;
    }

    private bool InShadow(Vec3 origin, Vec3 direction, double limit)
    {
        for (var i = 0; i < _spheres.Length; i++)
        {
            var t = Intersect(_spheres[i], origin, direction);
            if (t < limit)
            {
                return true;
            }
        }

        return false;
    }

    private (double Distance, int Sphere) Nearest(Vec3 origin, Vec3 direction)
    {
        var best = double.MaxValue;
        var index = -1;
        for (var i = 0; i < _spheres.Length; i++)
        {
            var t = Intersect(_spheres[i], origin, direction);
            if (t < best)
            {
                best = t;
                index = i;
            }
        }

        return (best, index);
    }

    /// <summary>Nearest positive hit distance along a unit direction, or double.MaxValue.</summary>
    private static double Intersect(Sphere sphere, Vec3 origin, Vec3 direction)
    {
        var offset = origin - sphere.Centre;
        var b = offset.Dot(direction);
        var c = offset.Dot(offset) - (sphere.Radius * sphere.Radius);
        var discriminant = (b * b) - c;
        if (discriminant < 0.0)
        {
            return double.MaxValue;
        }

        var root = Math.Sqrt(discriminant);
        var near = -b - root;
        if (near > Epsilon)
        {
            return near;
        }

        var far = -b + root;
        return far > Epsilon ? far : double.MaxValue;
    }
}

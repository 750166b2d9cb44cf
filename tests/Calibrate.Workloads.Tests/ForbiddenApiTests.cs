using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Calibrate.Workloads.Tests;

/// <summary>
/// Keeps the normalisation rule from breaking silently: reads the Workloads assembly's metadata (every type and
/// member it references, whatever the source spelling, using-static or not) and fails on APIs whose results or
/// speed differ between nodes: vectors and intrinsics, libm transcendentals, System.Random, and BCL calls that
/// are vectorised internally.
/// </summary>
[TestFixture]
public sealed class ForbiddenApiTests
{
    private static readonly string[] ForbiddenNamespaces = ["System.Numerics", "System.Runtime.Intrinsics", "System.Buffers"];

    private static readonly string[] ForbiddenTypes =
    [
        "System.Random", "System.MathF", "System.Linq.Enumerable", "System.MemoryExtensions",
        "System.Text.StringBuilder", "System.Collections.Generic.PriorityQueue`2",
    ];

    // Math is IEEE-exact only for these; Sin, Cos, Exp, Log, Pow... come from the platform's libm.
    private static readonly string[] AllowedMathMembers = ["Sqrt", "Abs", "Floor", "Min", "Max"];

    private static readonly Dictionary<string, string[]> ForbiddenMembers = new(StringComparer.Ordinal)
    {
        ["System.Array"] = ["Sort", "IndexOf", "LastIndexOf", "Fill", "Clear", "Copy", "BinarySearch", "Reverse"],
        ["System.Span`1"] = ["Fill", "Clear", "CopyTo", "TryCopyTo", "SequenceEqual", "IndexOf"],
        ["System.ReadOnlySpan`1"] = ["CopyTo", "TryCopyTo", "SequenceEqual", "IndexOf"],
        ["System.String"] =
        [
            "IndexOf", "IndexOfAny", "LastIndexOf", "Contains", "StartsWith", "EndsWith", "Replace", "Split",
            "Compare", "CompareOrdinal", "CompareTo",
        ],
    };

    [Test]
    public void Workloads_reference_no_type_outside_the_normalised_subset()
    {
        var offending = ReferencedTypes().Where(IsForbiddenType).Distinct().Order(StringComparer.Ordinal);

        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void Workloads_call_only_ieee_exact_math_and_no_vectorised_bcl_members()
    {
        var offending = ReferencedMembers()
            .Where(member => IsForbiddenMember(member.Type, member.Name))
            .Select(member => $"{member.Type}.{member.Name}")
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void The_scan_sees_the_members_the_kernels_do_use()
    {
        var members = ReferencedMembers().Select(member => $"{member.Type}.{member.Name}").ToHashSet();

        Assert.That(members, Does.Contain("System.Math.Sqrt").And.Contain("System.BitConverter.DoubleToInt64Bits"));
    }

    [TestCase("System.Numerics.Vector`1")]
    [TestCase("System.Runtime.Intrinsics.X86.Avx2")]
    [TestCase("System.Random")]
    public void The_rules_catch_the_classic_offenders(string type)
    {
        Assert.That(IsForbiddenType(type), Is.True);
    }

    [TestCase("System.Math", "Pow")]
    [TestCase("System.Math", "Exp")]
    [TestCase("System.Array", "Sort")]
    [TestCase("System.Span`1", "Fill")]
    public void The_rules_catch_forbidden_members(string type, string member)
    {
        Assert.That(IsForbiddenMember(type, member), Is.True);
    }

    private static bool IsForbiddenType(string fullName) =>
        ForbiddenTypes.Contains(fullName, StringComparer.Ordinal) ||
        ForbiddenNamespaces.Any(ns => fullName.StartsWith(ns + ".", StringComparison.Ordinal));

    private static bool IsForbiddenMember(string type, string member) =>
        (type == "System.Math" && !AllowedMathMembers.Contains(member, StringComparer.Ordinal)) ||
        (ForbiddenMembers.TryGetValue(type, out var names) && names.Contains(member, StringComparer.Ordinal));

    private static List<string> ReferencedTypes()
    {
        using var pe = OpenWorkloads();
        var reader = pe.GetMetadataReader();
        return reader.TypeReferences.Select(handle => FullName(reader, handle)).ToList();
    }

    private static List<(string Type, string Name)> ReferencedMembers()
    {
        using var pe = OpenWorkloads();
        var reader = pe.GetMetadataReader();
        var members = new List<(string Type, string Name)>();
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            var type = ParentTypeName(reader, member.Parent);
            if (type is not null)
            {
                members.Add((type, reader.GetString(member.Name)));
            }
        }

        return members;
    }

    private static PEReader OpenWorkloads() => new(File.OpenRead(typeof(IKernel).Assembly.Location));

    private static string? ParentTypeName(MetadataReader reader, EntityHandle parent) => parent.Kind switch
    {
        HandleKind.TypeReference => FullName(reader, (TypeReferenceHandle)parent),
        HandleKind.TypeSpecification => GenericDefinitionName(reader, (TypeSpecificationHandle)parent),
        _ => null,
    };

    // A member of Span<double> has a TypeSpec parent: GENERICINST, CLASS/VALUETYPE, then the generic type itself.
    private static string? GenericDefinitionName(MetadataReader reader, TypeSpecificationHandle handle)
    {
        var blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return null;
        }

        blob.ReadSignatureTypeCode();
        var definition = blob.ReadTypeHandle();
        return definition.Kind == HandleKind.TypeReference ? FullName(reader, (TypeReferenceHandle)definition) : null;
    }

    private static string FullName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return FullName(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}

using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Mestring.Architecture.Tests;

/// <summary>
/// The engines' own rules: which of our projects each engine may use, and that none reads the clock. Engines take
/// time from an injected <see cref="TimeProvider"/> so the same inputs give the same numbers on any day.
/// </summary>
public partial class LayeringTests
{
    public static TheoryData<string, string[]> EngineProjectReferences => new()
    {
        { "Mestring.Economics", ["Mestring.Numerics"] },
        { "Mestring.Evidence", ["Mestring.Numerics"] },
        { "Mestring.Prevention", ["Mestring.Numerics"] },
        { "Mestring.Oversight", ["Mestring.Numerics"] },
        // The generator writes register rows and codes; nothing else of ours.
        { "Mestring.Synthetic", ["Mestring.Numerics", "Mestring.Registers", "Mestring.Terminology"] },
        { "Mestring.Numerics", [] },
    };

    public static TheoryData<string> EngineAssemblies => new()
    {
        "Mestring.Economics",
        "Mestring.Evidence",
        "Mestring.Prevention",
        "Mestring.Oversight",
        "Mestring.Synthetic",
        "Mestring.Numerics",
    };

    private static readonly string[] EngineNames =
        ["Mestring.Economics", "Mestring.Evidence", "Mestring.Oversight", "Mestring.Prevention", "Mestring.Synthetic", "Mestring.Numerics"];

    // Reading the clock directly: a property getter on DateTime/DateTimeOffset, or a stopwatch.
    private static readonly (string Type, string Member)[] ClockReads =
    [
        ("System.DateTime", "get_Now"),
        ("System.DateTime", "get_UtcNow"),
        ("System.DateTime", "get_Today"),
        ("System.DateTimeOffset", "get_Now"),
        ("System.DateTimeOffset", "get_UtcNow"),
        ("System.Diagnostics.Stopwatch", "StartNew"),
        ("System.Diagnostics.Stopwatch", "GetTimestamp"),
        ("System.Diagnostics.Stopwatch", ".ctor"),
    ];

    [Theory]
    [MemberData(nameof(EngineProjectReferences))]
    public void Engines_ReferenceOnlyTheirAllowedMestringProjects(string assembly, string[] allowed)
    {
        var ours = ReferencedMestringAssemblies(assembly);
        Assert.Empty(ours.Except(allowed, StringComparer.Ordinal));
    }

    [Fact]
    public void Domain_ReferencesNoEngineAssembly()
    {
        Assert.Empty(ReferencedMestringAssemblies("Mestring.Domain").Intersect(EngineNames, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EngineAssemblies))]
    public void Engines_DoNotReadTheClock(string assembly)
    {
        // NetArchTest sees types, not property calls: read the member references from the metadata instead,
        // which is where every call to DateTime.Now and friends must be recorded.
        var reads = MemberReferences(Load(assembly).Location)
            .Where(reference => ClockReads.Contains(reference))
            .Select(reference => $"{reference.Type}::{reference.Member}")
            .ToArray();
        Assert.True(reads.Length == 0, $"{assembly} reads the clock: {string.Join(", ", reads)}");
    }

    [Fact]
    public void ClockScan_FindsAClockReadWhereThereIsOne()
    {
        // This test assembly reads the clock below, so an empty scan would mean the scan itself is broken.
#pragma warning disable RS0030 // the one deliberate clock read: proof that the scan sees one
        _ = DateTime.UtcNow;
#pragma warning restore RS0030
        Assert.Contains(("System.DateTime", "get_UtcNow"), MemberReferences(typeof(LayeringTests).Assembly.Location));
    }

    private static string[] ReferencedMestringAssemblies(string assembly) =>
        Load(assembly).GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("Mestring.", StringComparison.Ordinal))
            .ToArray();

    private static List<(string Type, string Member)> MemberReferences(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var found = new List<(string, string)>();
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            var type = metadata.GetTypeReference((TypeReferenceHandle)member.Parent);
            var name = $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}";
            found.Add((name, metadata.GetString(member.Name)));
        }

        return found;
    }
}

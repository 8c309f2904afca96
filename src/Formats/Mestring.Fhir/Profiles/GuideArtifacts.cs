using System.Reflection;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Mestring.Terminology;

namespace Mestring.Fhir.Profiles;

/// <summary>
/// KLFFBReporting's profiles and extensions compiled from the guide's FSH shipped in this assembly
/// (<c>Profiles/Guide/*.fsh</c>), with the FFB value sets they bind to, expanded from the FFB code system.
/// </summary>
public sealed class GuideArtifacts
{
    private const string ResourcePrefix = "Mestring.Fhir.Guide.";

    private GuideArtifacts(IReadOnlyList<StructureDefinition> profiles, IReadOnlyList<ValueSet> valueSets, IReadOnlyList<string> skipped)
    {
        Profiles = profiles;
        ValueSets = valueSets;
        SkippedBindings = skipped;
    }

    /// <summary>The compiled StructureDefinitions (differentials; Firely generates the snapshots).</summary>
    public IReadOnlyList<StructureDefinition> Profiles { get; }

    /// <summary>The value sets bound by the profiles, each with its expansion.</summary>
    public IReadOnlyList<ValueSet> ValueSets { get; }

    /// <summary>Bindings not enforced: their value sets use code systems the project does not ship (KL common codes).</summary>
    public IReadOnlyList<string> SkippedBindings { get; }

    /// <summary>Reads and compiles the shipped guide against the base specification in <paramref name="baseSpec"/>.</summary>
    public static GuideArtifacts Compile(IResourceResolver baseSpec)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var entities = new List<FshEntity>();
        var assembly = typeof(GuideArtifacts).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            entities.AddRange(FshReader.Read(ReadResource(assembly, name), CanonicalBase(name), aliases));
        }
        var catalog = new GuideCatalog(entities, aliases);
        var model = new BaseModel(baseSpec);
        var profiles = entities.Where(e => e.Kind is "Profile" or "Extension").Select(e => ProfileBuilder.Build(e, catalog, model)).ToList();
        var bound = profiles.SelectMany(p => p.Differential!.Element).Select(e => e.Binding?.ValueSet).OfType<string>().Distinct(StringComparer.Ordinal);
        var valueSets = bound.Select(url => ValueSetOf(url, catalog)).ToList();
        return new GuideArtifacts(profiles, valueSets, catalog.SkippedBindings);
    }

    private static string CanonicalBase(string resourceName) => resourceName switch
    {
        _ when resourceName.Contains("Dependencies.KlCore", StringComparison.Ordinal) => "http://fhir.kl.dk/core/StructureDefinition/",
        _ when resourceName.Contains("Dependencies.DkCore", StringComparison.Ordinal) => "http://hl7.dk/fhir/core/StructureDefinition/",
        _ when resourceName.Contains("KLCommonValuesets", StringComparison.Ordinal) => GuideCatalog.KlTermValueSets,
        _ => FfbProfiles.Canonical,
    };

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ValueSet ValueSetOf(string url, GuideCatalog catalog)
    {
        var id = url[(url.LastIndexOf('/') + 1)..];
        var codes = catalog.Expand(id)!;
        var ffb = FfbCodeSystem.Default;
        return new ValueSet
        {
            Id = id,
            Url = url,
            Name = id,
            Status = PublicationStatus.Active,
            Expansion = new ValueSet.ExpansionComponent
            {
                Timestamp = "2021-01-01",
                Total = codes.Count,
                Contains = [.. codes.Select(c => new ValueSet.ContainsComponent
                {
                    System = FfbCodeSystem.SystemUri, Code = c, Display = ffb.Find(c)?.Display,
                })],
            },
        };
    }
}

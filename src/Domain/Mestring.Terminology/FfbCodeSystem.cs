using System.Collections.Frozen;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Mestring.Terminology;

/// <summary>
/// KL's FFB terminology (urn:oid:1.2.208.176.2.22), loaded from the FHIR CodeSystem that ships with the
/// project. Codes are never retyped in code: the well-known branches are found by their published names.
/// </summary>
public sealed class FfbCodeSystem
{
    public const string SystemUri = "urn:oid:1.2.208.176.2.22";

    private readonly FrozenDictionary<string, FfbConcept> _byCode;
    private readonly FrozenDictionary<string, IReadOnlyList<FfbConcept>> _children;

    private FfbCodeSystem(string version, IReadOnlyList<FfbConcept> concepts)
    {
        Version = version;
        Concepts = concepts;
        _byCode = concepts.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _children = concepts.Where(c => c.ParentCode is not null)
            .GroupBy(c => c.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<FfbConcept>)g.OrderBy(c => c.Display, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The CodeSystem version, e.g. 20240530.</summary>
    public string Version { get; }

    /// <summary>Every concept, in document order.</summary>
    public IReadOnlyList<FfbConcept> Concepts { get; }

    private static readonly Lazy<FfbCodeSystem> Shipped = new(LoadShipped);

    /// <summary>The CodeSystem shipped with Mestring (parsed once per process).</summary>
    public static FfbCodeSystem Default => Shipped.Value;

    /// <summary>Parses a FHIR CodeSystem JSON document.</summary>
    public static FfbCodeSystem Parse(string json)
    {
        var codeSystem = new FhirJsonDeserializer().Deserialize<CodeSystem>(json);
        var concepts = new List<FfbConcept>();
        foreach (var top in codeSystem.Concept)
        {
            Flatten(top, null, top.Display ?? top.Code ?? "", concepts);
        }
        return new FfbCodeSystem(codeSystem.Version ?? "", concepts);
    }

    private static void Flatten(CodeSystem.ConceptDefinitionComponent concept, string? parent, string branch, List<FfbConcept> into)
    {
        into.Add(new FfbConcept(concept.Code ?? "", concept.Display ?? "", concept.Definition, parent, branch));
        foreach (var child in concept.Concept)
        {
            Flatten(child, concept.Code, branch, into);
        }
    }

    private static FfbCodeSystem LoadShipped()
    {
        using var stream = typeof(FfbCodeSystem).Assembly.GetManifestResourceStream("CodeSystem-FFB.json")
            ?? throw new InvalidOperationException("The FFB CodeSystem is not embedded in Mestring.Terminology.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public bool Contains(string? code) => code is not null && _byCode.ContainsKey(code);

    public FfbConcept? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    public FfbConcept Get(string code) =>
        _byCode.GetValueOrDefault(code) ?? throw new KeyNotFoundException($"'{code}' is not an FFB code ({SystemUri} version {Version}).");

    public IReadOnlyList<FfbConcept> ChildrenOf(string code) => _children.GetValueOrDefault(code) ?? [];

    /// <summary>All concepts below the given one, depth first.</summary>
    public IEnumerable<FfbConcept> DescendantsOf(string code)
    {
        foreach (var child in ChildrenOf(code))
        {
            yield return child;
            foreach (var grandChild in DescendantsOf(child.Code))
            {
                yield return grandChild;
            }
        }
    }

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(string? code, string ancestor)
    {
        for (var c = Find(code); c is not null; c = c.ParentCode is null ? null : Find(c.ParentCode))
        {
            if (string.Equals(c.Code, ancestor, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Finds a concept by its display name below a parent (names are unique among siblings).</summary>
    public FfbConcept ChildNamed(string parentCode, string display) =>
        ChildrenOf(parentCode).FirstOrDefault(c => string.Equals(c.Display, display, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"FFB has no '{display}' below {parentCode}.");

    /// <summary>Finds a top-level concept by display name.</summary>
    public FfbConcept TopLevel(string display) =>
        Concepts.FirstOrDefault(c => c.ParentCode is null && string.Equals(c.Display, display, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"FFB has no top-level '{display}'.");
}

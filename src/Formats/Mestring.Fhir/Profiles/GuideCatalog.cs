using Mestring.Terminology;

namespace Mestring.Fhir.Profiles;

/// <summary>
/// Every FSH entity read from the shipped guide (KLFFBReporting, KL's value sets, and the reconstructed dependencies):
/// looks names up, resolves aliases and expands the value sets the project can expand from the FFB code system.
/// </summary>
internal sealed class GuideCatalog
{
    public const string KlTermValueSets = "http://fhir.kl.dk/term/ValueSet/";
    private readonly Dictionary<string, FshEntity> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases;
    private readonly Dictionary<string, IReadOnlyList<string>?> _expanded = new(StringComparer.Ordinal);

    public GuideCatalog(IReadOnlyList<FshEntity> entities, Dictionary<string, string> aliases)
    {
        Entities = entities;
        _aliases = aliases;
        foreach (var e in entities)
        {
            _byName.TryAdd(e.Name, e);
            _byName.TryAdd(e.Id, e);
        }
    }

    public IReadOnlyList<FshEntity> Entities { get; }

    /// <summary>Bindings left out because their value set draws on a code system the project does not ship (documented in docs/fhir.md).</summary>
    public List<string> SkippedBindings { get; } = [];

    public FshEntity? Find(string name) =>
        _byName.GetValueOrDefault(name) is { Kind: "Profile" or "Extension" } e ? e : null;

    public FshEntity Invariant(string key) =>
        _byName.GetValueOrDefault(key) is { Kind: "Invariant" } e ? e : throw new InvalidOperationException($"The guide has no invariant {key}.");

    public string Alias(string name) => _aliases.GetValueOrDefault(name) ?? name;

    public string BaseTypeOf(FshEntity entity) =>
        entity.Kind == "Extension" ? "Extension"
        : entity.Parent is { } p && Find(p) is { } parent ? BaseTypeOf(parent)
        : entity.Parent ?? throw new InvalidOperationException($"{entity.Name} has no parent.");

    /// <summary>The canonical URL of a value set the project can expand, or null.</summary>
    public string? ValueSetUrl(string reference)
    {
        var id = reference.StartsWith("http", StringComparison.Ordinal) ? reference[(reference.LastIndexOf('/') + 1)..] : reference;
        var entity = _byName.GetValueOrDefault(id) is { Kind: "ValueSet" } vs ? vs : null;
        return entity is not null && Expand(entity.Id) is not null ? KlTermValueSets + entity.Id : null;
    }

    /// <summary>The FFB codes of a value set, or null when it includes codes of another system.</summary>
    public IReadOnlyList<string>? Expand(string id)
    {
        if (_expanded.TryGetValue(id, out var done))
        {
            return done;
        }
        _expanded[id] = null; // guards against a cycle
        var entity = _byName.GetValueOrDefault(id);
        return _expanded[id] = entity is { Kind: "ValueSet" } ? ExpandRules(entity) : null;
    }

    private List<string>? ExpandRules(FshEntity valueSet)
    {
        var ffb = FfbCodeSystem.Default;
        var codes = new List<string>();
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in valueSet.Rules.Where(r => !r.StartsWith('^')))
        {
            var rule = raw.StartsWith("include ", StringComparison.Ordinal) ? raw[8..] : raw;
            if (rule.StartsWith("codes from valueset ", StringComparison.Ordinal))
            {
                var other = Expand(rule[20..].Trim() is var r && r.Contains('/', StringComparison.Ordinal) ? r[(r.LastIndexOf('/') + 1)..] : r);
                if (other is null)
                {
                    return null;
                }
                codes.AddRange(other);
            }
            else if (rule.StartsWith("codes from system ", StringComparison.Ordinal))
            {
                var parts = rule[18..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (Alias(parts[0]) != FfbCodeSystem.SystemUri || parts.Length < 5 || parts[3] != "descendent-of")
                {
                    return null;
                }
                codes.AddRange(ffb.DescendantsOf(parts[4].TrimStart('#')).Select(c => c.Code));
            }
            else if (rule.Split(' ')[0] is var token && token.Contains('#', StringComparison.Ordinal))
            {
                var exclude = rule.StartsWith("exclude ", StringComparison.Ordinal);
                token = exclude ? rule[8..].Split(' ')[0] : token;
                var hash = token.IndexOf('#', StringComparison.Ordinal);
                if (Alias(token[..hash]) != FfbCodeSystem.SystemUri)
                {
                    return null;
                }
                (exclude ? (ICollection<string>)excluded : codes).Add(token[(hash + 1)..]);
            }
            else
            {
                return null;
            }
        }
        return [.. codes.Where(c => !excluded.Contains(c)).Distinct(StringComparer.Ordinal)];
    }
}

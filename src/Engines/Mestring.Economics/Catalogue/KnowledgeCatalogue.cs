using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mestring.Economics.Catalogue;

/// <summary>
/// The knowledge base for building cases: outcomes with default unit costs per holder, effects of named
/// methods from the literature, and a price index. The default ships as an embedded JSON resource
/// (<c>Catalogue/catalogue.json</c>); a municipality's edited copy is parsed with <see cref="Parse"/>.
/// All figures are indicative defaults to be replaced with local prices and evidence.
/// </summary>
public sealed record KnowledgeCatalogue(
    string CatalogueVersion,
    string Note,
    PriceIndex PriceIndex,
    IReadOnlyList<CatalogueOutcome> Outcomes,
    IReadOnlyList<CatalogueMethod> Methods)
{
    private const string ResourceName = "Mestring.Economics.Catalogue.catalogue.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly Lazy<KnowledgeCatalogue> DefaultCatalogue = new(() => Parse(DefaultJson()));

    /// <summary>The catalogue shipped with the engine.</summary>
    public static KnowledgeCatalogue Default => DefaultCatalogue.Value;

    /// <summary>The shipped catalogue as JSON text, for copying into a municipality's own editable catalogue.</summary>
    public static string DefaultJson()
    {
        using var stream = typeof(KnowledgeCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded catalogue resource is missing: " + ResourceName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses a catalogue (camelCase JSON as in the shipped file).</summary>
    public static KnowledgeCatalogue Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<KnowledgeCatalogue>(json, JsonOptions)
            ?? throw new JsonException("The catalogue is empty.");
    }

    /// <summary>Writes the catalogue as camelCase JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>The outcome with this id; throws <see cref="KeyNotFoundException"/> if unknown.</summary>
    public CatalogueOutcome Outcome(string id) =>
        Outcomes.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException("Unknown catalogue outcome: " + id);

    /// <summary>The method with this id; throws <see cref="KeyNotFoundException"/> if unknown.</summary>
    public CatalogueMethod Method(string id) =>
        Methods.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException("Unknown catalogue method: " + id);
}

/// <summary>An outcome with default unit costs per holder, in <see cref="PriceYear"/> prices.</summary>
public sealed record CatalogueOutcome(
    string Id,
    string Name,
    string Unit,
    int PriceYear,
    string Source,
    bool Indicative,
    IReadOnlyList<CataloguePrice> Prices);

/// <summary>A default unit cost for one holder; negative is income (tax).</summary>
public sealed record CataloguePrice(string Holder, double UnitCost, double? Se);

/// <summary>A named method (intervention) with its effects from the literature.</summary>
public sealed record CatalogueMethod(string Id, string Name, string Description, IReadOnlyList<CatalogueEffect> Effects);

/// <summary>
/// A literature effect of a method on an outcome. <see cref="IsDefault"/> marks it as a default to be
/// replaced with local evidence; years beyond a case's horizon are cut at the horizon.
/// </summary>
public sealed record CatalogueEffect(
    string Outcome,
    double? RelativeChange,
    double? AbsoluteChange,
    double? Se,
    int FromYear,
    int ToYear,
    double DecayPerYear,
    string Source,
    bool IsDefault);

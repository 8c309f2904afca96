using System.Globalization;
using System.Text.Json;

namespace Mestring.Economics.Cases;

/// <summary>
/// Where a figure of a case came from. The case JSON carries it in extension fields the engine ignores:
/// <c>outcomes[].baselineProvenance</c>, <c>outcomes[].priceProvenance</c> and <c>effects[].provenance</c>, each an
/// object <c>{ "kind": …, …details }</c>. Older cases only have <c>baselineSource</c>/<c>effectSource</c>; those are
/// mapped to the nearest kind.
/// </summary>
public static class ProvenanceKinds
{
    /// <summary>A default of the catalogue shipped with the engine (indicative; to be replaced).</summary>
    public const string CatalogueDefault = "catalogue-default";

    /// <summary>An entry of the municipality's own catalogue that differs from the shipped default.</summary>
    public const string MunicipalCatalogue = "municipal-catalogue";

    /// <summary>An estimate from the municipality's own evaluation of a method (method, n, verdict, computedAt).</summary>
    public const string LocalEvaluation = "local-evaluation";

    /// <summary>A baseline computed from the target group's history in the municipality's data.</summary>
    public const string TargetGroupHistory = "target-group-history";

    /// <summary>A local figure typed in by the user, with the source they named.</summary>
    public const string LocalEntered = "local-entered";

    /// <summary>Typed in, with no claim about its origin (e.g. a pasted case).</summary>
    public const string Manual = "manual";

    /// <summary>The municipality's own figures: its evaluation, its data, or a local figure it typed in.</summary>
    public static bool IsLocal(string kind) => kind is LocalEvaluation or TargetGroupHistory or LocalEntered;

    /// <summary>The shipped default, which the catalogue marks "replace with local figures".</summary>
    public static bool IsDefault(string kind) => kind is CatalogueDefault;
}

/// <summary>
/// The provenance of one figure: <see cref="Figure"/> is "baseline", "prices" or "effect"; <see cref="Path"/> the
/// JSON path of the figure in the case; <see cref="Details"/> the provenance object's other fields, as invariant text.
/// </summary>
public sealed record FigureProvenance(string Figure, string Path, string OutcomeId, string Kind, IReadOnlyList<KeyValuePair<string, string>> Details)
{
    public bool IsLocal => ProvenanceKinds.IsLocal(Kind);

    public bool IsDefault => ProvenanceKinds.IsDefault(Kind);

    /// <summary>The detail with this key, or null.</summary>
    public string? Detail(string key) => Details.FirstOrDefault(d => string.Equals(d.Key, key, StringComparison.Ordinal)).Value;
}

/// <summary>Reads (here) and writes (<c>CaseProvenance.Writing.cs</c>) the provenance of every baseline, price set and effect of a case JSON.</summary>
public static partial class CaseProvenance
{
    public const string Baseline = "baseline";
    public const string Prices = "prices";
    public const string Effect = "effect";

    /// <summary>
    /// One entry per outcome baseline, per outcome price set and per effect, in case order. Malformed JSON gives
    /// an empty list (the reader reports the error elsewhere).
    /// </summary>
    public static IReadOnlyList<FigureProvenance> Read(string caseJson)
    {
        ArgumentNullException.ThrowIfNull(caseJson);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(caseJson);
        }
        catch (JsonException)
        {
            return [];
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return [];
            }
            var list = new List<FigureProvenance>();
            var outcomes = Items(root, "outcomes");
            for (var i = 0; i < outcomes.Count; i++)
            {
                var o = outcomes[i];
                if (o.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }
                var id = Text(o, "id") ?? "";
                var at = "$.outcomes[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                list.Add(Entry(Baseline, at + ".baselinePerParticipant", id, Object(o, "baselineProvenance"), Text(o, "baselineSource"), Text(o, "baselineNote")));
                list.Add(Entry(Prices, at + ".prices", id, Object(o, "priceProvenance"), null, null));
            }
            var effects = Items(root, "effects");
            for (var i = 0; i < effects.Count; i++)
            {
                var e = effects[i];
                if (e.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }
                var at = "$.effects[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                list.Add(Entry(Effect, at, Text(e, "outcome") ?? "", Object(e, "provenance"), Text(e, "effectSource"), Text(e, "source")));
            }
            return list;
        }
    }

    private static FigureProvenance Entry(string figure, string path, string outcomeId, JsonElement? provenance, string? legacySource, string? legacyNote)
    {
        if (provenance is { } p && Text(p, "kind") is { Length: > 0 } kind)
        {
            var details = new List<KeyValuePair<string, string>>();
            foreach (var property in p.EnumerateObject())
            {
                if (string.Equals(property.Name, "kind", StringComparison.Ordinal))
                {
                    continue;
                }
                if (Scalar(property.Value) is { } value)
                {
                    details.Add(new(property.Name, value));
                }
            }
            return new FigureProvenance(figure, path, outcomeId, kind, details);
        }

        // Cases saved before provenance objects: effectSource / baselineSource with a free-text note.
        var legacyKind = (figure, legacySource) switch
        {
            (_, "catalogue") => ProvenanceKinds.CatalogueDefault,
            (Baseline, "local") => ProvenanceKinds.TargetGroupHistory,
            (_, "local") => ProvenanceKinds.LocalEntered,
            _ => ProvenanceKinds.Manual,
        };
        IReadOnlyList<KeyValuePair<string, string>> legacy = string.IsNullOrWhiteSpace(legacyNote) ? [] : [new("source", legacyNote)];
        return new FigureProvenance(figure, path, outcomeId, legacyKind, legacy);
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static List<JsonElement> Items(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray()] : [];

    private static JsonElement? Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var o) && o.ValueKind == JsonValueKind.Object ? o : null;

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
}

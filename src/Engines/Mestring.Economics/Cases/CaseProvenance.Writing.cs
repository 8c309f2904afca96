using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mestring.Economics.Catalogue;

namespace Mestring.Economics.Cases;

/// <summary>A baseline computed from the target group's history: who, which events, how many years, n and SE.</summary>
public sealed record HistoryBaseline(string Target, string LegalBasis, string EventType, int YearsBefore, int? N, double? Se, double Value, DateTimeOffset ComputedAt);

/// <summary>
/// One row of the municipality's own evaluation of methods (GET /api/v1/evidence/methods): the absolute change
/// in <see cref="Outcome"/> per participant per year with its standard error, and the catalogue outcome it maps to.
/// </summary>
public sealed record LocalEstimate(
    string Method,
    string? InterventionType,
    string? TargetGroup,
    string Outcome,
    string? CatalogueOutcome,
    string? Unit,
    double Estimate,
    double? Se,
    double? CiLow,
    double? CiHigh,
    int? N,
    string? Verdict,
    string? ComputedAt)
{
    /// <summary>Identifies the row between a case builder's requests (the contract has no id).</summary>
    public string Key => string.Join("|", Method, InterventionType ?? "", TargetGroup ?? "", Outcome, ComputedAt ?? "");
}

/// <summary>
/// Writes the provenance objects a case builder puts into a case (read back by <see cref="Read"/>): where each
/// baseline, price set and effect came from.
/// </summary>
public static partial class CaseProvenance
{
    private const double Tolerance = 1e-9;

    public static JsonObject Manual() => new() { ["kind"] = ProvenanceKinds.Manual };

    public static JsonObject LocalEntered(string? source) => new()
    {
        ["kind"] = ProvenanceKinds.LocalEntered,
        ["source"] = string.IsNullOrWhiteSpace(source) ? null : source,
    };

    /// <summary>A baseline computed from the target group's history; kept as JSON in the builder's form between requests.</summary>
    public static string TargetGroupHistory(HistoryBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return new JsonObject
        {
            ["kind"] = ProvenanceKinds.TargetGroupHistory,
            ["target"] = baseline.Target,
            ["legalBasis"] = baseline.LegalBasis,
            ["eventType"] = baseline.EventType,
            ["yearsBefore"] = baseline.YearsBefore,
            ["n"] = baseline.N,
            ["se"] = baseline.Se,
            ["value"] = baseline.Value,
            ["computedAt"] = baseline.ComputedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        }.ToJsonString();
    }

    /// <summary>
    /// The history provenance posted back by a form, if it is one and the baseline still has the value it gave;
    /// a baseline edited after it was fetched is the user's own figure.
    /// </summary>
    public static JsonObject? HistoryFor(string? provenanceJson, double? baseline)
    {
        if (string.IsNullOrWhiteSpace(provenanceJson) || baseline is not { } current)
        {
            return null;
        }
        try
        {
            if (JsonNode.Parse(provenanceJson) is JsonObject node
                && node["kind"]?.GetValueKind() == JsonValueKind.String && node["kind"]!.GetValue<string>() == ProvenanceKinds.TargetGroupHistory
                && node["value"]?.GetValueKind() == JsonValueKind.Number && Math.Abs(node["value"]!.GetValue<double>() - current) <= Tolerance * Math.Max(1, Math.Abs(current)))
            {
                return node;
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    /// <summary>Unit costs of a catalogue outcome: the shipped default or the municipality's own figures.</summary>
    public static JsonObject PriceSet(KnowledgeCatalogue catalogue, CatalogueOutcome outcome, int casePriceYear, CatalogueDiff diff)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(diff);
        return new JsonObject
        {
            ["kind"] = diff.Outcome(outcome) == CatalogueEntryStatus.Same ? ProvenanceKinds.CatalogueDefault : ProvenanceKinds.MunicipalCatalogue,
            ["catalogueVersion"] = catalogue.CatalogueVersion,
            ["source"] = outcome.Source,
            ["priceYear"] = outcome.PriceYear,
            ["indexedTo"] = casePriceYear,
            ["indicative"] = outcome.Indicative,
        };
    }

    /// <summary>An effect from the catalogue: a shipped literature default or the municipality's edited figure.</summary>
    public static JsonObject CatalogueEffect(KnowledgeCatalogue catalogue, CatalogueMethod method, CatalogueEffect effect, CatalogueDiff diff)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(diff);
        return new JsonObject
        {
            ["kind"] = diff.Effect(method.Id, effect) == CatalogueEntryStatus.Same ? ProvenanceKinds.CatalogueDefault : ProvenanceKinds.MunicipalCatalogue,
            ["catalogueVersion"] = catalogue.CatalogueVersion,
            ["method"] = method.Id,
            ["methodName"] = method.Name,
            ["source"] = effect.Source,
            ["isDefault"] = effect.IsDefault,
        };
    }

    /// <summary>An effect taken from the municipality's own evaluation, read from <paramref name="endpoint"/>.</summary>
    public static JsonObject LocalEvaluation(LocalEstimate estimate, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return new JsonObject
        {
            ["kind"] = ProvenanceKinds.LocalEvaluation,
            ["method"] = estimate.Method,
            ["interventionType"] = estimate.InterventionType,
            ["targetGroup"] = estimate.TargetGroup,
            ["outcome"] = estimate.Outcome,
            ["unit"] = estimate.Unit,
            ["estimate"] = estimate.Estimate,
            ["se"] = estimate.Se,
            ["ciLow"] = estimate.CiLow,
            ["ciHigh"] = estimate.CiHigh,
            ["n"] = estimate.N,
            ["verdict"] = estimate.Verdict,
            ["computedAt"] = estimate.ComputedAt,
            ["endpoint"] = endpoint,
        };
    }
}

using System.Text.Json.Serialization;
using Mestring.Evidence.Estimation;
using Mestring.Evidence.Providers;

namespace Mestring.Application.Evidence;

// The wire shape of the evidence JSON (EvidenceJson). Property order is the key order; a non-finite double is written
// as null (EvidenceWire.Number); computedAt is left out unless given.

/// <summary>Shared conversions for the wire records.</summary>
internal static class EvidenceWire
{
    /// <summary>A finite number, or null (JSON has no NaN or infinity).</summary>
    public static double? Number(double value) => double.IsFinite(value) ? value : null;
}

internal sealed record MethodJson(
    string Method, string? InterventionType, string? TargetGroup, string Outcome, string? CatalogueOutcome, string Unit,
    double? Estimate, double? Se, double? CiLow, double? CiHigh, int N, int NTreated, int Providers,
    string Verdict, string VerdictCode, double? PValue, double? QValue, double? SpendPerParticipant, double? CostPerUnit,
    double? EValue, double? EValueCi, IReadOnlyList<BalanceWarningJson> BalanceWarnings,
    IReadOnlyList<TargetGroupJson> ByTargetGroup,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ComputedAt)
{
    public static MethodJson From(MethodEffectRow r, string? computedAt) => new(
        r.Method, r.InterventionType, r.TargetGroup, r.Outcome, r.CatalogueOutcome, r.Unit,
        EvidenceWire.Number(r.Estimate), EvidenceWire.Number(r.Se), EvidenceWire.Number(r.CiLow), EvidenceWire.Number(r.CiHigh), r.N, r.NTreated, r.Providers,
        r.Verdict, r.VerdictCode, EvidenceWire.Number(r.PValue), EvidenceWire.Number(r.QValue), EvidenceWire.Number(r.SpendPerParticipant),
        EvidenceWire.Number(r.CostPerUnit ?? double.NaN), EvidenceWire.Number(r.EValue ?? double.NaN), EvidenceWire.Number(r.EValueCi ?? double.NaN),
        BalanceWarningJson.From(r.BalanceWarnings), [.. r.ByTargetGroup.Select(TargetGroupJson.From)], computedAt);
}

internal sealed record TargetGroupJson(
    string TargetGroup, double? Estimate, double? Se, double? CiLow, double? CiHigh, int N, int NTreated, string Verdict, string VerdictCode,
    double? EValue, double? EValueCi, IReadOnlyList<BalanceWarningJson> BalanceWarnings)
{
    public static TargetGroupJson From(TargetGroupEffect g) => new(
        g.TargetGroup, EvidenceWire.Number(g.Estimate), EvidenceWire.Number(g.Se), EvidenceWire.Number(g.CiLow), EvidenceWire.Number(g.CiHigh),
        g.N, g.NTreated, g.Verdict, g.VerdictCode, EvidenceWire.Number(g.EValue ?? double.NaN), EvidenceWire.Number(g.EValueCi ?? double.NaN),
        BalanceWarningJson.From(g.BalanceWarnings));
}

/// <summary>A covariate failing the balance gate: covariate, smd, varianceRatio (null for a 0/1 covariate).</summary>
internal sealed record BalanceWarningJson(string Covariate, double? Smd, double? VarianceRatio)
{
    public static IReadOnlyList<BalanceWarningJson> From(IReadOnlyList<BalanceWarning> warnings) =>
        [.. warnings.Select(w => new BalanceWarningJson(w.Covariate, EvidenceWire.Number(w.Smd), EvidenceWire.Number(w.VarianceRatio ?? double.NaN)))];
}

internal sealed record ProviderJson(
    string ProviderId, int N, double? AdjustedEffect, double? CiLow, double? CiHigh, bool Flagged, double? ObservedMinusExpected, double? RawSe,
    string VerdictCode, double? EValue, double? EValueCi, IReadOnlyList<BalanceWarningJson> BalanceWarnings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ComputedAt)
{
    public static ProviderJson From(ProviderResult r, string? computedAt) => new(
        r.ProviderId, r.N, EvidenceWire.Number(r.AdjustedEffect), EvidenceWire.Number(r.CiLow), EvidenceWire.Number(r.CiHigh), r.Flagged,
        EvidenceWire.Number(r.ObservedMinusExpected), EvidenceWire.Number(r.RawSe), r.VerdictCode,
        EvidenceWire.Number(r.EValue ?? double.NaN), EvidenceWire.Number(r.EValueCi ?? double.NaN), BalanceWarningJson.From(r.BalanceWarnings), computedAt);
}

internal sealed record StopListJson(
    string Kind, string Name, string Outcome, double? Estimate, double? CiLow, double? CiHigh, int N, double? Spend, string Reason,
    [property: JsonPropertyName("reasonEn")] string ReasonEnglish, ComparisonJson? Comparison,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ComputedAt)
{
    public static StopListJson From(StopListRow r, string? computedAt) => new(
        r.Kind, r.Name, r.Outcome, EvidenceWire.Number(r.Estimate), EvidenceWire.Number(r.CiLow), EvidenceWire.Number(r.CiHigh), r.N,
        EvidenceWire.Number(r.Spend), r.Reason, r.ReasonEnglish, r.Comparison is { } c ? ComparisonJson.From(c) : null, computedAt);
}

/// <summary>The matched comparison of an intervention type (always AIPW on the treated).</summary>
internal sealed record ComparisonJson(string Method, double? Estimate, double? CiLow, double? CiHigh, int NTreated, int NComparison, int ComparisonTypes)
{
    public static ComparisonJson From(TypeComparison c) => new(
        "aipw-att", EvidenceWire.Number(c.Estimate), EvidenceWire.Number(c.CiLow), EvidenceWire.Number(c.CiHigh), c.NTreated, c.NComparison, c.ComparisonTypes);
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<MethodJson>))]
[JsonSerializable(typeof(IReadOnlyList<ProviderJson>))]
[JsonSerializable(typeof(IReadOnlyList<StopListJson>))]
internal sealed partial class EvidenceJsonContext : JsonSerializerContext;

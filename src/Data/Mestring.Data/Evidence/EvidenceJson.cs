using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mestring.Evidence.Providers;

namespace Mestring.Data.Evidence;

/// <summary>
/// The JSON of the evidence analyses, shared by the CLI and the API (GET /api/v1/evidence/…). Non-finite numbers are
/// null; numbers are invariant round-trip doubles.
/// </summary>
public static class EvidenceJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Method rows: method, interventionType, targetGroup, outcome, catalogueOutcome, unit, estimate, se, ciLow, ciHigh, n, verdict, …, byTargetGroup [, computedAt].</summary>
    public static string Methods(IReadOnlyList<MethodEffectRow> rows, string? computedAt = null) => Write(w =>
    {
        ArgumentNullException.ThrowIfNull(rows);
        w.WriteStartArray();
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("method", r.Method);
            w.WriteString("interventionType", r.InterventionType);
            w.WriteString("targetGroup", r.TargetGroup);
            w.WriteString("outcome", r.Outcome);
            w.WriteString("catalogueOutcome", r.CatalogueOutcome);
            w.WriteString("unit", r.Unit);
            Effect(w, r.Estimate, r.Se, r.CiLow, r.CiHigh, r.N, r.NTreated);
            w.WriteNumber("providers", r.Providers);
            w.WriteString("verdict", r.Verdict);
            w.WriteString("verdictCode", r.VerdictCode);
            Number(w, "pValue", r.PValue);
            Number(w, "qValue", r.QValue);
            Number(w, "spendPerParticipant", r.SpendPerParticipant);
            Number(w, "costPerUnit", r.CostPerUnit ?? double.NaN);
            w.WriteStartArray("byTargetGroup");
            foreach (var g in r.ByTargetGroup)
            {
                w.WriteStartObject();
                w.WriteString("targetGroup", g.TargetGroup);
                Effect(w, g.Estimate, g.Se, g.CiLow, g.CiHigh, g.N, g.NTreated);
                w.WriteString("verdict", g.Verdict);
                w.WriteString("verdictCode", g.VerdictCode);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (computedAt is not null)
            {
                w.WriteString("computedAt", computedAt);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    /// <summary>Provider rows: providerId, n, adjustedEffect, ciLow, ciHigh, flagged, observedMinusExpected, rawSe [, computedAt].</summary>
    public static string Providers(IReadOnlyList<ProviderResult> rows, string? computedAt = null) => Write(w =>
    {
        ArgumentNullException.ThrowIfNull(rows);
        w.WriteStartArray();
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("providerId", r.ProviderId);
            w.WriteNumber("n", r.N);
            Number(w, "adjustedEffect", r.AdjustedEffect);
            Number(w, "ciLow", r.CiLow);
            Number(w, "ciHigh", r.CiHigh);
            w.WriteBoolean("flagged", r.Flagged);
            Number(w, "observedMinusExpected", r.ObservedMinusExpected);
            Number(w, "rawSe", r.RawSe);
            if (computedAt is not null)
            {
                w.WriteString("computedAt", computedAt);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    /// <summary>Stop-list rows: kind, name, outcome, estimate, ciLow, ciHigh, n, spend, reason, reasonEn, comparison [, computedAt].</summary>
    public static string StopList(IReadOnlyList<StopListRow> rows, string? computedAt = null) => Write(w =>
    {
        ArgumentNullException.ThrowIfNull(rows);
        w.WriteStartArray();
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("kind", r.Kind);
            w.WriteString("name", r.Name);
            w.WriteString("outcome", r.Outcome);
            Number(w, "estimate", r.Estimate);
            Number(w, "ciLow", r.CiLow);
            Number(w, "ciHigh", r.CiHigh);
            w.WriteNumber("n", r.N);
            Number(w, "spend", r.Spend);
            w.WriteString("reason", r.Reason);
            w.WriteString("reasonEn", r.ReasonEnglish);
            if (r.Comparison is { } c)
            {
                w.WriteStartObject("comparison");
                w.WriteString("method", "aipw-att");
                Number(w, "estimate", c.Estimate);
                Number(w, "ciLow", c.CiLow);
                Number(w, "ciHigh", c.CiHigh);
                w.WriteNumber("nTreated", c.NTreated);
                w.WriteNumber("nComparison", c.NComparison);
                w.WriteNumber("comparisonTypes", c.ComparisonTypes);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("comparison");
            }
            if (computedAt is not null)
            {
                w.WriteString("computedAt", computedAt);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            body(w);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>estimate, se, ciLow, ciHigh, n, nTreated: the common part of a method row and its target-group rows.</summary>
    private static void Effect(Utf8JsonWriter w, double estimate, double se, double ciLow, double ciHigh, int n, int nTreated)
    {
        Number(w, "estimate", estimate);
        Number(w, "se", se);
        Number(w, "ciLow", ciLow);
        Number(w, "ciHigh", ciHigh);
        w.WriteNumber("n", n);
        w.WriteNumber("nTreated", nTreated);
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

}

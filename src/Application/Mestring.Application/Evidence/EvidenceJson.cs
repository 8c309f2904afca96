using System.Text.Encodings.Web;
using System.Text.Json;
using Mestring.Evidence.Providers;

namespace Mestring.Application.Evidence;

/// <summary>
/// The JSON of the evidence analyses, shared by the CLI (<c>--format json</c>) and the API (GET /api/v1/evidence/…):
/// indented, non-ASCII letters unescaped, non-finite numbers null, numbers invariant round-trip doubles, and
/// <c>computedAt</c> only when given. The rows are mapped to the wire records of <see cref="EvidenceWire"/> and
/// serialised with a source-generated context.
/// </summary>
public static class EvidenceJson
{
    private static readonly EvidenceJsonContext Context = new(new JsonSerializerOptions(EvidenceJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Method rows: method, interventionType, targetGroup, outcome, catalogueOutcome, unit, estimate, se, ciLow, ciHigh, n, verdict, …, byTargetGroup [, computedAt].</summary>
    public static string Methods(IReadOnlyList<MethodEffectRow> rows, string? computedAt = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return JsonSerializer.Serialize<IReadOnlyList<MethodJson>>([.. rows.Select(r => MethodJson.From(r, computedAt))], Context.IReadOnlyListMethodJson);
    }

    /// <summary>Provider rows: providerId, n, adjustedEffect, ciLow, ciHigh, flagged, observedMinusExpected, rawSe [, computedAt].</summary>
    public static string Providers(IReadOnlyList<ProviderResult> rows, string? computedAt = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return JsonSerializer.Serialize<IReadOnlyList<ProviderJson>>([.. rows.Select(r => ProviderJson.From(r, computedAt))], Context.IReadOnlyListProviderJson);
    }

    /// <summary>Stop-list rows: kind, name, outcome, estimate, ciLow, ciHigh, n, spend, reason, reasonEn, comparison [, computedAt].</summary>
    public static string StopList(IReadOnlyList<StopListRow> rows, string? computedAt = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return JsonSerializer.Serialize<IReadOnlyList<StopListJson>>([.. rows.Select(r => StopListJson.From(r, computedAt))], Context.IReadOnlyListStopListJson);
    }
}

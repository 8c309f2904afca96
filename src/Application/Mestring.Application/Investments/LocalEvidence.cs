using System.Text;
using System.Text.Json;
using Mestring.Economics.Cases;

namespace Mestring.Application.Investments;

public enum LocalEvidenceState
{
    /// <summary>The evaluation answered; the list may still be empty.</summary>
    Available,

    /// <summary>No evaluation has been read (the builder's state before it asks).</summary>
    NotYetAvailable,

    /// <summary>The user's role may not read the evaluation (it is for managers, administrators and supervision).</summary>
    NotAllowed,

    /// <summary>The evaluation answered with an error or with rows this builder cannot read.</summary>
    Failed,
}

/// <summary>The local estimates available to the signed-in user, or why there are none.</summary>
public sealed record LocalEvidence(LocalEvidenceState State, IReadOnlyList<LocalEstimate> Estimates)
{
    public static LocalEvidence None(LocalEvidenceState state) => new(state, []);

    /// <summary>The estimates that map to a catalogue outcome, best evidence (largest n) first.</summary>
    public IReadOnlyList<LocalEstimate> For(string catalogueOutcome) =>
        [.. Estimates.Where(e => string.Equals(e.CatalogueOutcome, catalogueOutcome, StringComparison.Ordinal))
            .OrderByDescending(e => e.N ?? 0).ThenBy(e => e.Method, StringComparer.Ordinal)];

    public LocalEstimate? Find(string? key) =>
        string.IsNullOrEmpty(key) ? null : Estimates.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.Ordinal));
}

/// <summary>Where the case builder gets the municipality's own effect estimates.</summary>
public interface ILocalEvidenceSource
{
    /// <summary>The public contract the estimates follow (recorded in a case's provenance).</summary>
    const string Endpoint = "/api/v1/evidence/methods";

    Task<LocalEvidence> GetAsync(CancellationToken ct);
}

/// <summary>Reads the evidence contract: an array of rows (or an object holding one such array).</summary>
public static class LocalEstimateJson
{
    public static IReadOnlyList<LocalEstimate> Parse(ReadOnlySpan<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8.ToArray());
        var root = document.RootElement;
        var rows = root.ValueKind switch
        {
            JsonValueKind.Array => root,
            JsonValueKind.Object => root.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.Array),
            _ => default,
        };
        if (rows.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("expected an array of method estimates");
        }
        var list = new List<LocalEstimate>();
        foreach (var row in rows.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object))
        {
            // A row without a method, outcome or estimate cannot become an effect; skip it rather than fail the list.
            if (Text(row, "method") is not { Length: > 0 } method || Text(row, "outcome") is not { Length: > 0 } outcome || Number(row, "estimate") is not { } estimate)
            {
                continue;
            }
            list.Add(new LocalEstimate(method, Text(row, "interventionType"), Text(row, "targetGroup"), outcome, Text(row, "catalogueOutcome"), Text(row, "unit"),
                estimate, Number(row, "se"), Number(row, "ciLow"), Number(row, "ciHigh"),
                Number(row, "n") is { } n && n >= 0 && n <= int.MaxValue ? (int)n : null,
                Text(row, "verdict"), Text(row, "computedAt")));
        }
        return list;
    }

    private static JsonElement? Property(JsonElement row, string name)
    {
        foreach (var p in row.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }
        return null;
    }

    private static string? Text(JsonElement row, string name) => Property(row, name) is { } v ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
        _ => null,
    } : null;

    private static double? Number(JsonElement row, string name) => Property(row, name) is { } v ? v.ValueKind switch
    {
        JsonValueKind.Number when v.TryGetDouble(out var d) && double.IsFinite(d) => d,
        JsonValueKind.String when double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
        _ => null,
    } : null;
}

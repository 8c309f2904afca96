using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mestring.Oversight;

namespace Mestring.Application.Oversight;

/// <summary>
/// The JSON of the oversight signals, shared by <c>mestring oversee --format json</c> and GET /api/v1/oversight/signals:
/// an array of {providerId, kind, severity, fingerprint, evidence {summary, figures, columns, rows, path}} (+ review on
/// the API), ordered by provider and kind.
/// </summary>
public static class OversightJson
{
    private static readonly OversightJsonContext Context = new(new JsonSerializerOptions(OversightJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Signals(IReadOnlyList<Signal> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return JsonSerializer.Serialize<IReadOnlyList<SignalJson>>([.. signals.Select(s => SignalJson.From(s, null))], Context.IReadOnlyListSignalJson);
    }

    /// <summary>Signals with their latest review (the API).</summary>
    public static string Reviewed(IReadOnlyList<ReviewedSignal> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return JsonSerializer.Serialize<IReadOnlyList<SignalJson>>([.. signals.Select(r => SignalJson.From(r.Signal, r.ReviewJson))], Context.IReadOnlyListSignalJson);
    }

    /// <summary>One signal with its review.</summary>
    public static string One(ReviewedSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return JsonSerializer.Serialize(SignalJson.From(signal.Signal, signal.ReviewJson), Context.SignalJson);
    }

    /// <summary>The severity as written in JSON and tables: low, medium, high.</summary>
    public static string SeverityCode(Severity severity) => severity switch
    {
        Severity.Low => "low",
        Severity.Medium => "medium",
        Severity.High => "high",
    };
}

public sealed record SignalJson(string ProviderId, string Kind, string Severity, string Fingerprint, EvidenceJson Evidence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SignalReviewJson? Review)
{
    public static SignalJson From(Signal s, SignalReviewJson? review) => new(s.ProviderId, s.Kind, OversightJson.SeverityCode(s.Severity), s.Fingerprint,
        new EvidenceJson(s.Evidence.Summary, s.Evidence.Figures, s.Evidence.Columns, s.Evidence.Rows, s.Evidence.Path), review);
}

public sealed record EvidenceJson(
    string Summary, IReadOnlyDictionary<string, decimal> Figures, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Path);

/// <summary>The latest review of a signal: reviewed, dismissed or escalated, with its reason, by whom and when.</summary>
public sealed record SignalReviewJson(string Status, string Reason, string By, string At);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<SignalJson>))]
[JsonSerializable(typeof(SignalJson))]
internal sealed partial class OversightJsonContext : JsonSerializerContext;

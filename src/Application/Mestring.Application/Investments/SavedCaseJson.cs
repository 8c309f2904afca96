using System.Text.Json;
using System.Text.Json.Serialization;
using Mestring.Domain.Investments;
using Mestring.Economics;
using Mestring.Economics.Cases;

namespace Mestring.Application.Investments;

/// <summary>
/// A saved case as JSON: metadata, <c>case</c> (the input exactly as stored) and <c>result</c> (exactly as the
/// engine wrote it then); <c>currentEngineVersion</c> tells whether a re-run uses the same engine, and
/// <c>provenance</c> lists where every baseline, price set and effect came from.
/// </summary>
public static class SavedCaseJson
{
    // Every key is its property's name in camelCase.
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Write(SavedInvestmentCase saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return JsonSerializer.Serialize(new SavedCaseDocument(
            saved.Id, saved.Name, saved.EngineVersion, EngineInfo.Version, saved.Draws, saved.Seed, saved.CreatedBy, saved.CreatedAt,
            new RawJson(saved.InputJson), new RawJson(saved.ResultJson), ProvenanceDocument.Of(CaseProvenance.Read(saved.InputJson))), Options);
    }

    private sealed record SavedCaseDocument(
        Guid Id, string Name, string EngineVersion, string CurrentEngineVersion, int Draws, long Seed, string CreatedBy, DateTimeOffset CreatedAt,
        RawJson Case, RawJson Result, ProvenanceDocument Provenance);

    /// <summary>
    /// A flat list with <c>local</c> and <c>catalogueDefault</c> flags so a reader sees at once which figures are
    /// the municipality's own and which are shipped defaults.
    /// </summary>
    private sealed record ProvenanceDocument(int LocalFigures, int CatalogueDefaultFigures, IReadOnlyList<FigureDocument> Figures)
    {
        public static ProvenanceDocument Of(IReadOnlyList<FigureProvenance> figures) => new(
            figures.Count(f => f.IsLocal),
            figures.Count(f => f.IsDefault),
            [.. figures.Select(f => new FigureDocument(f.Figure, f.Path, f.OutcomeId, f.Kind, f.IsLocal, f.IsDefault, new Details(f.Details)))]);
    }

    private sealed record FigureDocument(string Figure, string Path, string Outcome, string Kind, bool Local, bool CatalogueDefault, Details Details);

    /// <summary>JSON stored as text, written exactly as stored.</summary>
    [JsonConverter(typeof(RawJsonConverter))]
    private sealed record RawJson(string Text);

    /// <summary>A provenance object's details in their order (an object of strings).</summary>
    [JsonConverter(typeof(DetailsConverter))]
    private sealed record Details(IReadOnlyList<KeyValuePair<string, string>> Pairs);

    private sealed class RawJsonConverter : JsonConverter<RawJson>
    {
        public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) => writer.WriteRawValue(value.Text);
    }

    private sealed class DetailsConverter : JsonConverter<Details>
    {
        public override Details Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, Details value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, text) in value.Pairs)
            {
                writer.WriteString(key, text);
            }
            writer.WriteEndObject();
        }
    }
}

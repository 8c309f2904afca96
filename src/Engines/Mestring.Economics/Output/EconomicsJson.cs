using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Mestring.Economics.Cases;

namespace Mestring.Economics.Output;

/// <summary>
/// The one JSON setup of the engine's documents (result and case): System.Text.Json with source-generated metadata,
/// camelCase keys, invariant shortest round-trip numbers with no "-0" and null for a non-finite number, Danish
/// letters unescaped (the output is data, never embedded in HTML unescaped).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(FiniteNumberConverter)])]
[JsonSerializable(typeof(ResultDocument))]
[JsonSerializable(typeof(CaseDocument))]
internal sealed partial class EconomicsJson : JsonSerializerContext
{
    /// <summary>A result writes every key, null included.</summary>
    public static JsonTypeInfo<ResultDocument> Result(bool indented) => Layouts.Results[indented ? 1 : 0];

    /// <summary>A case leaves out what it does not set (the reader's defaults apply).</summary>
    public static JsonTypeInfo<CaseDocument> Case(bool indented) => Layouts.Cases[indented ? 1 : 0];

    // A class of its own, so that the generated context is fully initialised before its options are copied.
    private static class Layouts
    {
        public static readonly JsonTypeInfo<ResultDocument>[] Results = [Of<ResultDocument>(false, JsonIgnoreCondition.Never), Of<ResultDocument>(true, JsonIgnoreCondition.Never)];
        public static readonly JsonTypeInfo<CaseDocument>[] Cases = [Of<CaseDocument>(false, JsonIgnoreCondition.WhenWritingNull), Of<CaseDocument>(true, JsonIgnoreCondition.WhenWritingNull)];

        private static JsonTypeInfo<T> Of<T>(bool indented, JsonIgnoreCondition ignore)
        {
            var options = new JsonSerializerOptions(Default.Options)
            {
                WriteIndented = indented,
                DefaultIgnoreCondition = ignore,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            };
            return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        }
    }
}

/// <summary>−0 arises from −(0·x): it is the same amount and confuses readers, so it is written as 0; NaN and ±∞ as null.</summary>
internal sealed class FiniteNumberConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value == 0 ? 0 : value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary><c>baselinePerParticipant</c>: one number, or one number per year.</summary>
internal sealed class BaselineConverter : JsonConverter<Baseline>
{
    public override Baseline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Cases are read by InvestmentCaseReader, which reports every error with its path.");

    public override void Write(Utf8JsonWriter writer, Baseline value, JsonSerializerOptions options)
    {
        var number = (JsonConverter<double>)options.GetConverter(typeof(double));
        if (value.PerYear is { } perYear)
        {
            writer.WriteStartArray();
            foreach (var year in perYear)
            {
                number.Write(writer, year, options);
            }
            writer.WriteEndArray();
        }
        else
        {
            number.Write(writer, value.Constant ?? 0, options);
        }
    }
}

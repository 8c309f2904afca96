using System.Text.Json;
using Mestring.Economics.Calculation;
using Mestring.Economics.MonteCarlo;
using Mestring.Economics.Sensitivity;

namespace Mestring.Economics.Output;

/// <summary>
/// Writes a result as the spec's output JSON: exactly its keys (npv, pvCosts, pvBenefits, bcr, breakEvenYear,
/// byHolder, years, monteCarlo — null when no draws) plus extras (engineVersion, name, priceYear, irr,
/// byHolderGroup, yearsByHolderGroup, totals, tornado, breakEvenSuccessRate). camelCase, invariant numbers.
/// </summary>
public static class ResultJsonWriter
{
    /// <summary>The result as JSON text.</summary>
    public static string ToJson(InvestmentResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonObjects.ToText(indented, writer => Write(writer, result));
    }

    /// <summary>Writes the result as UTF-8 JSON to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, InvestmentResult result, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new Utf8JsonWriter(stream, JsonObjects.Options(indented));
        Write(writer, result);
    }

    private static void Write(Utf8JsonWriter writer, InvestmentResult result)
    {
        var flows = result.CashFlows;
        writer.WriteStartObject();
        writer.WriteString("engineVersion", result.EngineVersion);
        writer.WriteString("name", result.Name);
        JsonNumbers.Write(writer, "priceYear", result.PriceYear);
        JsonNumbers.Write(writer, "npv", flows.Npv);
        JsonNumbers.Write(writer, "pvCosts", flows.PvCosts);
        JsonNumbers.Write(writer, "pvBenefits", flows.PvBenefits);
        JsonNumbers.Write(writer, "bcr", flows.Bcr);
        JsonNumbers.Write(writer, "breakEvenYear", flows.BreakEvenYear);
        JsonNumbers.Write(writer, "irr", flows.Irr);
        WriteSummaries(writer, "byHolder", "holder", flows.ByHolder);
        WriteSummaries(writer, "byHolderGroup", "group", flows.ByHolderGroup);
        WriteYears(writer, "years", "holder", flows.Years);
        WriteYears(writer, "yearsByHolderGroup", "group", flows.YearsByHolderGroup);
        JsonObjects.WriteArray(writer, "totals", flows.Totals, WriteTotal);
        WriteMonteCarlo(writer, result.MonteCarlo);
        JsonObjects.WriteArray(writer, "tornado", result.Tornado, WriteTornadoBar);
        JsonNumbers.Write(writer, "breakEvenSuccessRate", result.BreakEvenSuccessRate);
        writer.WriteEndObject();
    }

    private static void WriteSummaries(Utf8JsonWriter writer, string name, string keyName, IReadOnlyList<HolderSummary> summaries) =>
        JsonObjects.WriteArray(writer, name, summaries, (w, s) =>
        {
            w.WriteString(keyName, s.Holder);
            JsonNumbers.Write(w, "npv", s.Npv);
            JsonNumbers.Write(w, "pvCosts", s.PvCosts);
            JsonNumbers.Write(w, "pvBenefits", s.PvBenefits);
            JsonNumbers.Write(w, "bcr", s.Bcr);
        });

    private static void WriteYears(Utf8JsonWriter writer, string name, string keyName, IReadOnlyList<YearFlow> years) =>
        JsonObjects.WriteArray(writer, name, years, (w, y) =>
        {
            w.WriteNumber("year", y.Year);
            w.WriteString(keyName, y.Holder);
            JsonNumbers.Write(w, "costs", y.Costs);
            JsonNumbers.Write(w, "benefits", y.Benefits);
            JsonNumbers.Write(w, "net", y.Net);
            JsonNumbers.Write(w, "discountedNet", y.DiscountedNet);
        });

    private static void WriteTotal(Utf8JsonWriter writer, YearTotal t)
    {
        writer.WriteNumber("year", t.Year);
        JsonNumbers.Write(writer, "discountFactor", t.DiscountFactor);
        JsonNumbers.Write(writer, "costs", t.Costs);
        JsonNumbers.Write(writer, "benefits", t.Benefits);
        JsonNumbers.Write(writer, "net", t.Net);
        JsonNumbers.Write(writer, "discountedNet", t.DiscountedNet);
        JsonNumbers.Write(writer, "cumulativeDiscountedNet", t.CumulativeDiscountedNet);
    }

    private static void WriteMonteCarlo(Utf8JsonWriter writer, MonteCarloResult? mc)
    {
        if (mc is null)
        {
            writer.WriteNull("monteCarlo");
            return;
        }

        writer.WriteStartObject("monteCarlo");
        writer.WriteNumber("draws", mc.Draws);
        writer.WriteNumber("seed", mc.Seed);
        JsonNumbers.Write(writer, "meanNpv", mc.MeanNpv);
        JsonNumbers.Write(writer, "p05", mc.P05);
        JsonNumbers.Write(writer, "p50", mc.P50);
        JsonNumbers.Write(writer, "p95", mc.P95);
        JsonNumbers.Write(writer, "probabilityPositive", mc.ProbabilityPositive);
        JsonNumbers.Write(writer, "sdNpv", mc.SdNpv);
        writer.WriteString("percentileMethod", "linear interpolation (Hyndman & Fan type 7)");
        if (mc.Histogram is { } h)
        {
            writer.WriteStartObject("histogram");
            JsonNumbers.Write(writer, "min", h.Min);
            JsonNumbers.Write(writer, "max", h.Max);
            JsonNumbers.Write(writer, "binWidth", h.BinWidth);
            writer.WriteStartArray("counts");
            foreach (var count in h.Counts)
            {
                writer.WriteNumberValue(count);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteTornadoBar(Utf8JsonWriter writer, TornadoBar bar)
    {
        writer.WriteString("parameter", bar.Parameter);
        writer.WriteString("path", bar.Path);
        writer.WriteString("basis", bar.Basis);
        JsonNumbers.Write(writer, "baseValue", bar.BaseValue);
        JsonNumbers.Write(writer, "low", bar.Low);
        JsonNumbers.Write(writer, "high", bar.High);
        JsonNumbers.Write(writer, "npvLow", bar.NpvLow);
        JsonNumbers.Write(writer, "npvHigh", bar.NpvHigh);
        JsonNumbers.Write(writer, "swing", bar.Swing);
    }
}

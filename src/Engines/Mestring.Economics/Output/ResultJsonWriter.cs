using System.Text.Json;
using System.Text.Json.Serialization;
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
    public static string ToJson(InvestmentResult result, bool indented = true) =>
        JsonSerializer.Serialize(ResultDocument.Of(result), EconomicsJson.Result(indented));

    /// <summary>Writes the result as UTF-8 JSON to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, InvestmentResult result, bool indented = true) =>
        JsonSerializer.Serialize(stream, ResultDocument.Of(result), EconomicsJson.Result(indented));
}

/// <summary>The output JSON's layout: the result's cash-flow figures at the top level, the holder groups under "group".</summary>
internal sealed record ResultDocument(
    string EngineVersion, string Name, int? PriceYear, double Npv, double PvCosts, double PvBenefits, double? Bcr, int? BreakEvenYear, double? Irr,
    IReadOnlyList<HolderSummary> ByHolder, IReadOnlyList<GroupSummary> ByHolderGroup, IReadOnlyList<YearFlow> Years,
    IReadOnlyList<GroupYearFlow> YearsByHolderGroup, IReadOnlyList<YearTotal> Totals, MonteCarloDocument? MonteCarlo,
    IReadOnlyList<TornadoBar> Tornado, double? BreakEvenSuccessRate)
{
    public static ResultDocument Of(InvestmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var f = result.CashFlows;
        return new(result.EngineVersion, result.Name, result.PriceYear, f.Npv, f.PvCosts, f.PvBenefits, f.Bcr, f.BreakEvenYear, f.Irr,
            f.ByHolder, [.. f.ByHolderGroup.Select(s => new GroupSummary(s.Holder, s.Npv, s.PvCosts, s.PvBenefits, s.Bcr))], f.Years,
            [.. f.YearsByHolderGroup.Select(y => new GroupYearFlow(y.Year, y.Holder, y.Costs, y.Benefits, y.Net, y.DiscountedNet))], f.Totals,
            MonteCarloDocument.Of(result.MonteCarlo), result.Tornado, result.BreakEvenSuccessRate);
    }
}

internal sealed record GroupSummary(string Group, double Npv, double PvCosts, double PvBenefits, double? Bcr);

internal sealed record GroupYearFlow(int Year, string Group, double Costs, double Benefits, double Net, double DiscountedNet);

internal sealed record MonteCarloDocument(
    int Draws, long Seed, double MeanNpv, double P05, double P50, double P95, double ProbabilityPositive, double SdNpv, string PercentileMethod,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] HistogramDocument? Histogram)
{
    public static MonteCarloDocument? Of(MonteCarloResult? mc) => mc is null ? null : new(
        mc.Draws, mc.Seed, mc.MeanNpv, mc.P05, mc.P50, mc.P95, mc.ProbabilityPositive, mc.SdNpv, "linear interpolation (Hyndman & Fan type 7)",
        mc.Histogram is { } h ? new HistogramDocument(h.Min, h.Max, h.BinWidth, h.Counts) : null);
}

internal sealed record HistogramDocument(double Min, double Max, double BinWidth, IReadOnlyList<int> Counts);

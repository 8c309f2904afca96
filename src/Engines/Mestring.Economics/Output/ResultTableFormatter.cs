using System.Globalization;
using System.Text;
using Mestring.Economics.Calculation;

namespace Mestring.Economics.Output;

/// <summary>
/// A plain-text report of a result for terminals (<c>--format table</c>): summary, per holder, per holder group,
/// flows per year, Monte Carlo and the top of the tornado. Invariant-culture numbers (1,234,567).
/// </summary>
public static class ResultTableFormatter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Formats the result; <paramref name="tornadoRows"/> limits the tornado listing.</summary>
    public static string Format(InvestmentResult result, int tornadoRows = 10)
    {
        ArgumentNullException.ThrowIfNull(result);
        var flows = result.CashFlows;
        var text = new StringBuilder();
        Line(text, $"Investment case: {result.Name}");
        Line(text, $"Money: DKK{(result.PriceYear is { } y ? " in " + y.ToString(Invariant) + " prices" : "")}   Engine: {result.EngineVersion}");
        text.AppendLine();
        Line(text, $"NPV              {Money(flows.Npv),16}");
        Line(text, $"PV costs         {Money(flows.PvCosts),16}");
        Line(text, $"PV benefits      {Money(flows.PvBenefits),16}");
        Line(text, $"BCR              {Ratio(flows.Bcr),16}");
        Line(text, $"Break-even year  {(flows.BreakEvenYear?.ToString(Invariant) ?? "never"),16}");
        Line(text, $"IRR              {Percent(flows.Irr),16}");
        if (result.Tornado.Count > 0)
        {
            Line(text, $"Break-even success rate {Percent(result.BreakEvenSuccessRate),9}");
        }

        Summaries(text, "By holder", flows.ByHolder);
        Summaries(text, "By holder group", flows.ByHolderGroup);
        Years(text, flows);
        MonteCarlo(text, result);
        Tornado(text, result, tornadoRows);
        return text.ToString();
    }

    private static void Summaries(StringBuilder text, string title, IReadOnlyList<HolderSummary> rows)
    {
        text.AppendLine();
        Line(text, $"{title,-28}{"NPV",16}{"PV costs",16}{"PV benefits",16}{"BCR",8}");
        foreach (var row in rows)
        {
            Line(text, $"{row.Holder,-28}{Money(row.Npv),16}{Money(row.PvCosts),16}{Money(row.PvBenefits),16}{Ratio(row.Bcr),8}");
        }
    }

    private static void Years(StringBuilder text, CashFlowResult flows)
    {
        text.AppendLine();
        Line(text, $"{"Year",-6}{"Holder",-28}{"Costs",14}{"Benefits",14}{"Net",14}{"Disc. net",14}");
        foreach (var row in flows.Years)
        {
            Line(text, $"{row.Year,-6}{row.Holder,-28}{Money(row.Costs),14}{Money(row.Benefits),14}{Money(row.Net),14}{Money(row.DiscountedNet),14}");
        }

        text.AppendLine();
        Line(text, $"{"Year",-6}{"DF",8}{"Costs",14}{"Benefits",14}{"Net",14}{"Disc. net",14}{"Cumulative",14}");
        foreach (var row in flows.Totals)
        {
            Line(text, $"{row.Year,-6}{row.DiscountFactor.ToString("0.0000", Invariant),8}{Money(row.Costs),14}{Money(row.Benefits),14}{Money(row.Net),14}{Money(row.DiscountedNet),14}{Money(row.CumulativeDiscountedNet),14}");
        }
    }

    private static void MonteCarlo(StringBuilder text, InvestmentResult result)
    {
        if (result.MonteCarlo is not { } mc)
        {
            return;
        }

        text.AppendLine();
        Line(text, $"Monte Carlo: {mc.Draws.ToString("N0", Invariant)} draws, seed {mc.Seed.ToString(Invariant)}");
        Line(text, $"Mean NPV {Money(mc.MeanNpv),16}   P05 {Money(mc.P05),16}   P50 {Money(mc.P50),16}   P95 {Money(mc.P95),16}");
        Line(text, $"Chance NPV > 0: {Percent(mc.ProbabilityPositive)}");
    }

    private static void Tornado(StringBuilder text, InvestmentResult result, int rows)
    {
        if (result.Tornado.Count == 0)
        {
            return;
        }

        text.AppendLine();
        Line(text, $"{"Tornado (largest swing first)",-48}{"NPV at low",16}{"NPV at high",16}{"Swing",16}");
        foreach (var bar in result.Tornado.Take(rows))
        {
            var name = bar.Parameter.Length > 46 ? bar.Parameter[..45] + "…" : bar.Parameter;
            Line(text, $"{name,-48}{Money(bar.NpvLow),16}{Money(bar.NpvHigh),16}{Money(bar.Swing),16}");
        }
    }

    private static void Line(StringBuilder text, FormattableString line) =>
        text.AppendLine(line.ToString(Invariant));

    private static string Money(double value)
    {
        var rounded = Math.Round(value);
        return (rounded == 0 ? 0 : rounded).ToString("N0", Invariant); // no "-0" for small negative amounts
    }

    private static string Ratio(double? value) => value?.ToString("0.00", Invariant) ?? "n/a";

    private static string Percent(double? value) => value?.ToString("0.0 %", Invariant) ?? "n/a";
}

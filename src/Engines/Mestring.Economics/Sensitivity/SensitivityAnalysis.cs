using System.Globalization;
using Mestring.Economics.Calculation;
using Mestring.Economics.Cases;

namespace Mestring.Economics.Sensitivity;

/// <summary>One-way sensitivity of the NPV: the tornado and the break-even success rate.</summary>
public static class SensitivityAnalysis
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.96;

    /// <summary>Relative range for parameters without a standard error.</summary>
    public const double RelativeRange = 0.25;

    /// <summary>
    /// NPV with each parameter at its low and high value (± 1.96·SE where the case gives an se, else ± 25 %):
    /// participants, successRate, deadweight, discountRate, each cost, each unit cost, each effect size and
    /// each baseline (a per-year baseline is scaled as a whole). Sorted by swing, largest first; ties keep
    /// the case order.
    /// </summary>
    public static IReadOnlyList<TornadoBar> Tornado(InvestmentCase investmentCase)
    {
        InvestmentCaseValidator.EnsureValid(investmentCase);
        var c = investmentCase;
        var bars = new List<TornadoBar>
        {
            Bar(c, "participants", "$.participants", c.Participants, null, false, (x, v) => x with { Participants = v }),
            Bar(c, "successRate", "$.successRate", c.SuccessRate, null, true, (x, v) => x with { SuccessRate = v }),
            Bar(c, "deadweight", "$.deadweight", c.Deadweight, null, true, (x, v) => x with { Deadweight = v }),
            DiscountBar(c),
        };

        for (var i = 0; i < c.Costs.Count; i++)
        {
            var index = i;
            var cost = c.Costs[i];
            bars.Add(Bar(c, Text($"cost {cost.Holder} years {cost.FromYear}-{cost.ToYear}"), Text($"$.costs[{i}].perParticipant"),
                cost.PerParticipant, null, false,
                (x, v) => x with { Costs = Replace(x.Costs, index, x.Costs[index] with { PerParticipant = v }) }));
        }

        for (var o = 0; o < c.Outcomes.Count; o++)
        {
            var outcomeIndex = o;
            var outcome = c.Outcomes[o];
            for (var p = 0; p < outcome.Prices.Count; p++)
            {
                var priceIndex = p;
                var price = outcome.Prices[p];
                bars.Add(Bar(c, Text($"unit cost {outcome.Id} ({price.Holder})"), Text($"$.outcomes[{o}].prices[{p}].unitCost"),
                    price.UnitCost, price.Se, false,
                    (x, v) => WithOutcome(x, outcomeIndex, y => y with
                    {
                        Prices = Replace(y.Prices, priceIndex, y.Prices[priceIndex] with { UnitCost = v }),
                    })));
            }
        }

        for (var e = 0; e < c.Effects.Count; e++)
        {
            var index = e;
            var effect = c.Effects[e];
            var field = effect.IsAbsolute ? "absoluteChange" : "relativeChange";
            bars.Add(Bar(c, Text($"effect {effect.Outcome} years {effect.FromYear}-{effect.ToYear}"), Text($"$.effects[{e}].{field}"),
                effect.Change, effect.Se, false,
                (x, v) => x with
                {
                    Effects = Replace(x.Effects, index, effect.IsAbsolute
                        ? x.Effects[index] with { AbsoluteChange = v }
                        : x.Effects[index] with { RelativeChange = v }),
                }));
        }

        for (var o = 0; o < c.Outcomes.Count; o++)
        {
            var index = o;
            var outcome = c.Outcomes[o];
            var baseValue = outcome.Baseline.Constant ?? outcome.Baseline.PerYear!.DefaultIfEmpty(0).Average();
            // Scale the whole baseline by low/base and high/base so a per-year baseline keeps its shape.
            bars.Add(Bar(c, Text($"baseline {outcome.Id}"), Text($"$.outcomes[{o}].baselinePerParticipant"),
                baseValue, null, false,
                (x, v) => WithOutcome(x, index, y => y with { Baseline = y.Baseline.Scale(baseValue == 0 ? 1 : v / baseValue) })));
        }

        return bars.OrderByDescending(b => b.Swing).ToArray();
    }

    /// <summary>
    /// The success rate at which NPV = 0, or null if there is none in [0,1]. NPV is linear in the success rate
    /// (costs do not depend on it, benefits are proportional to it), so it is solved from NPV(0) and NPV(1)
    /// and then checked by evaluating NPV at the solution.
    /// </summary>
    public static double? BreakEvenSuccessRate(InvestmentCase investmentCase)
    {
        InvestmentCaseValidator.EnsureValid(investmentCase);
        var npvAtZero = Npv(investmentCase with { SuccessRate = 0 });
        var npvAtOne = Npv(investmentCase with { SuccessRate = 1 });
        var slope = npvAtOne - npvAtZero;
        if (slope == 0)
        {
            return null;
        }

        var rate = -npvAtZero / slope;
        const double edge = 1e-12;
        if (rate < -edge || rate > 1 + edge)
        {
            return null;
        }

        rate = Math.Clamp(rate, 0, 1);
        var check = Npv(investmentCase with { SuccessRate = rate });
        var scale = Math.Max(1, Math.Max(Math.Abs(npvAtZero), Math.Abs(npvAtOne)));
        return Math.Abs(check) <= 1e-9 * scale ? rate : null;
    }

    private static double Npv(InvestmentCase c) => CashFlowCalculator.Npv(CompiledCase.Trusted(c));

    private static TornadoBar DiscountBar(InvestmentCase c)
    {
        if (c.DiscountSchedule is not { Count: > 0 } schedule)
        {
            return Bar(c, "discountRate", "$.discountRate", c.DiscountRate, null, true, (x, v) => x with { DiscountRate = v });
        }

        // With a schedule, move every step (and the rate before the first step) by the same factor.
        var firstRate = schedule[0].FromYear == 0 ? schedule[0].Rate : c.DiscountRate;
        return Bar(c, "discountSchedule", "$.discountSchedule", firstRate, null, true, (x, v) =>
        {
            var factor = firstRate == 0 ? 1 : v / firstRate;
            return x with
            {
                DiscountRate = Math.Clamp(x.DiscountRate * factor, 0, 1),
                DiscountSchedule = schedule.Select(s => s with { Rate = Math.Clamp(s.Rate * factor, 0, 1) }).ToArray(),
            };
        });
    }

    private static TornadoBar Bar(InvestmentCase c, string parameter, string path, double value, double? se, bool isRate,
        Func<InvestmentCase, double, InvestmentCase> apply)
    {
        var (a, b, basis) = se is > 0
            ? (value - Z95 * se.Value, value + Z95 * se.Value, "se")
            : (value * (1 - RelativeRange), value * (1 + RelativeRange), "percent");
        var low = Math.Min(a, b);
        var high = Math.Max(a, b);
        if (isRate)
        {
            low = Math.Clamp(low, 0, 1);
            high = Math.Clamp(high, 0, 1);
        }

        return new TornadoBar(parameter, path, basis, value, low, high, Npv(apply(c, low)), Npv(apply(c, high)));
    }

    private static InvestmentCase WithOutcome(InvestmentCase c, int index, Func<Outcome, Outcome> change) =>
        c with { Outcomes = Replace(c.Outcomes, index, change(c.Outcomes[index])) };

    private static T[] Replace<T>(IReadOnlyList<T> list, int index, T item)
    {
        var copy = list.ToArray();
        copy[index] = item;
        return copy;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

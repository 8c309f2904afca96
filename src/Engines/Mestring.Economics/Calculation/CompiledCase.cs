using Mestring.Economics.Cases;
using Mestring.Economics.Financial;

namespace Mestring.Economics.Calculation;

/// <summary>
/// A validated case turned into arrays: everything that does not depend on a Monte Carlo draw is computed
/// once here, so the deterministic result and every draw are tight loops over plain arrays.
/// </summary>
/// <remarks>
/// The model is linear in each effect's change and each unit cost:
/// B_h(t) = −Σ_e change_e · q_e(t) · Σ_{p ∈ prices(o_e), holder h} unitCost_p, where
/// q_e(t) = participants · successRate · (1−deadweight) · [baseline_o(t)] · (1−d_e)^(t−from_e) inside the
/// effect's years. So NPV = −PV(costs) − Σ_e change_e · Σ_t q_e(t)·DF(t) · Σ_{p ∈ o_e} unitCost_p.
/// </remarks>
internal sealed class CompiledCase
{
    private CompiledCase(InvestmentCase source)
    {
        Source = source;
        Years = source.HorizonYears + 1;
        DiscountFactors = DiscountSchedule.For(source).Factors(source.HorizonYears);

        var holderIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var holders = new List<string>();
        int HolderOf(string key)
        {
            if (!holderIndex.TryGetValue(key, out var index))
            {
                index = holders.Count;
                holderIndex.Add(key, index);
                holders.Add(key);
            }

            return index;
        }

        // Holders in order of first appearance: costs first, then prices, as the author wrote them.
        foreach (var cost in source.Costs)
        {
            HolderOf(cost.Holder);
        }

        var outcomeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var prices = new List<PriceTerm>();
        for (var o = 0; o < source.Outcomes.Count; o++)
        {
            outcomeIndex.Add(source.Outcomes[o].Id, o);
            foreach (var price in source.Outcomes[o].Prices)
            {
                prices.Add(new PriceTerm(o, HolderOf(price.Holder), price.UnitCost, price.Se ?? 0));
            }
        }

        Holders = holders.ToArray();
        OutcomeCount = source.Outcomes.Count;
        Prices = prices.ToArray();

        Costs = new double[Holders.Length, Years];
        foreach (var cost in source.Costs)
        {
            var h = holderIndex[cost.Holder];
            for (var t = cost.FromYear; t <= cost.ToYear; t++)
            {
                Costs[h, t] += source.Participants * cost.PerParticipant;
            }
        }

        PvCosts = 0;
        for (var h = 0; h < Holders.Length; h++)
        {
            for (var t = 0; t < Years; t++)
            {
                PvCosts += Costs[h, t] * DiscountFactors[t];
            }
        }

        var scale = source.Participants * source.SuccessRate * (1 - source.Deadweight);
        Effects = source.Effects
            .Select(effect => CompileEffect(effect, outcomeIndex[effect.Outcome], source, scale, DiscountFactors))
            .ToArray();
    }

    public InvestmentCase Source { get; }

    /// <summary>Number of years, horizon + 1.</summary>
    public int Years { get; }

    public double[] DiscountFactors { get; }

    /// <summary>Holder keys in order of first appearance.</summary>
    public string[] Holders { get; }

    public int OutcomeCount { get; }

    /// <summary>Undiscounted costs C_h(t).</summary>
    public double[,] Costs { get; }

    public double PvCosts { get; }

    public PriceTerm[] Prices { get; }

    public EffectTerm[] Effects { get; }

    /// <summary>Compiles a case, validating it first.</summary>
    public static CompiledCase From(InvestmentCase investmentCase)
    {
        InvestmentCaseValidator.EnsureValid(investmentCase);
        return new CompiledCase(investmentCase);
    }

    /// <summary>Compiles a case already known to be valid (sensitivity variations of a validated case).</summary>
    public static CompiledCase Trusted(InvestmentCase investmentCase) => new(investmentCase);

    private static EffectTerm CompileEffect(Effect effect, int outcome, InvestmentCase source, double scale, double[] df)
    {
        var baseline = source.Outcomes[outcome].Baseline;
        var quantity = new double[df.Length];
        var decay = 1.0;
        var discounted = 0.0;
        for (var t = effect.FromYear; t <= effect.ToYear; t++)
        {
            // (1−d)^(t−from) by repeated multiplication: bit-identical on every platform.
            quantity[t] = scale * (effect.IsAbsolute ? 1 : baseline.At(t)) * decay;
            discounted += quantity[t] * df[t];
            decay *= 1 - effect.DecayPerYear;
        }

        return new EffectTerm(outcome, effect.Change, effect.Se ?? 0, quantity, discounted);
    }
}

/// <summary>A unit cost of one outcome for one holder.</summary>
internal readonly record struct PriceTerm(int Outcome, int Holder, double UnitCost, double Se);

/// <summary>
/// One effect: Δq(t) = Change · QuantityPerChange[t]; <see cref="DiscountedQuantity"/> = Σ_t QuantityPerChange[t]·DF(t).
/// </summary>
internal sealed record EffectTerm(int Outcome, double Change, double Se, double[] QuantityPerChange, double DiscountedQuantity);

using Mestring.Economics.Financial;

namespace Mestring.Economics.Calculation;

/// <summary>The deterministic result of the spec: flows per year and holder, discounting, NPV, BCR, break-even.</summary>
internal static class CashFlowCalculator
{
    public static CashFlowResult Compute(CompiledCase c)
    {
        var holders = c.Holders.Length;
        var benefits = Benefits(c);
        var years = new List<YearFlow>(holders * c.Years);
        var totals = new List<YearTotal>(c.Years);
        var pvCostsByHolder = new double[holders];
        var pvBenefitsByHolder = new double[holders];
        double pvCosts = 0, pvBenefits = 0, cumulative = 0;
        int? breakEvenYear = null;
        var netFlows = new double[c.Years];

        for (var t = 0; t < c.Years; t++)
        {
            var df = c.DiscountFactors[t];
            double yearCosts = 0, yearBenefits = 0, yearDiscountedNet = 0;
            for (var h = 0; h < holders; h++)
            {
                var cost = c.Costs[h, t];
                var benefit = benefits[h, t];
                var net = benefit - cost;
                years.Add(new YearFlow(t, c.Holders[h], cost, benefit, net, net * df));
                pvCostsByHolder[h] += cost * df;
                pvBenefitsByHolder[h] += benefit * df;
                yearCosts += cost;
                yearBenefits += benefit;
                yearDiscountedNet += net * df;
            }

            pvCosts += yearCosts * df;
            pvBenefits += yearBenefits * df;
            cumulative += yearDiscountedNet;
            netFlows[t] = yearBenefits - yearCosts;
            totals.Add(new YearTotal(t, df, yearCosts, yearBenefits, yearBenefits - yearCosts, yearDiscountedNet, cumulative));
            if (breakEvenYear is null && cumulative >= -Tolerance(pvCosts, pvBenefits))
            {
                breakEvenYear = t;
            }
        }

        var byHolder = new HolderSummary[holders];
        for (var h = 0; h < holders; h++)
        {
            byHolder[h] = new HolderSummary(c.Holders[h], pvBenefitsByHolder[h] - pvCostsByHolder[h], pvCostsByHolder[h], pvBenefitsByHolder[h]);
        }

        return new CashFlowResult
        {
            Npv = pvBenefits - pvCosts,
            PvCosts = pvCosts,
            PvBenefits = pvBenefits,
            Bcr = pvCosts == 0 ? null : pvBenefits / pvCosts,
            BreakEvenYear = breakEvenYear,
            Irr = Finance.Irr(netFlows),
            ByHolder = byHolder,
            ByHolderGroup = HolderGroups.Summaries(byHolder),
            Years = years,
            YearsByHolderGroup = HolderGroups.Years(years),
            Totals = totals,
        };
    }

    /// <summary>NPV only, without building rows: used by sensitivity analysis.</summary>
    public static double Npv(CompiledCase c)
    {
        var benefits = 0.0;
        foreach (var effect in c.Effects)
        {
            var unitCosts = 0.0;
            foreach (var price in c.Prices)
            {
                if (price.Outcome == effect.Outcome)
                {
                    unitCosts += price.UnitCost;
                }
            }

            benefits -= effect.Change * effect.DiscountedQuantity * unitCosts;
        }

        return benefits - c.PvCosts;
    }

    /// <summary>B_h(t) = −Σ_o Δq_o(t) · unitCost_{o,h}.</summary>
    private static double[,] Benefits(CompiledCase c)
    {
        var benefits = new double[c.Holders.Length, c.Years];
        foreach (var effect in c.Effects)
        {
            foreach (var price in c.Prices)
            {
                if (price.Outcome != effect.Outcome)
                {
                    continue;
                }

                for (var t = 0; t < c.Years; t++)
                {
                    var deltaQuantity = effect.Change * effect.QuantityPerChange[t];
                    benefits[price.Holder, t] -= deltaQuantity * price.UnitCost;
                }
            }
        }

        return benefits;
    }

    /// <summary>
    /// The cumulative net is a sum of rounded products, so a case built to break even exactly can land a few
    /// ulps below 0; treat anything within 1e−9 of the flows' scale as reaching 0.
    /// </summary>
    private static double Tolerance(double pvCosts, double pvBenefits) =>
        1e-9 * Math.Max(1, Math.Max(Math.Abs(pvCosts), Math.Abs(pvBenefits)));
}

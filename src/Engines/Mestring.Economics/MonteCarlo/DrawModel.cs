using System.Runtime.CompilerServices;
using Mestring.Economics.Calculation;
using Mestring.Numerics;

namespace Mestring.Economics.MonteCarlo;

/// <summary>
/// The per-draw NPV as a tight loop. Because the model is linear in every random parameter,
/// NPV = −PV(costs) − Σ_e change_e · DQ_e · U_{o(e)}, with DQ_e = Σ_t q_e(t)·DF(t) precomputed and
/// U_o = Σ_h unitCost_{o,h}; a draw only samples the parameters with an se and sums O(effects + prices) terms.
/// Normals are taken in a fixed order: uncertain unit costs in case order, then uncertain effects in case order.
/// </summary>
internal sealed class DrawModel
{
    private readonly double _pvCosts;
    private readonly double[] _fixedUnitCostSums;
    private readonly int[] _randomPriceOutcome;
    private readonly double[] _randomPriceSe;
    private readonly int[] _effectOutcome;
    private readonly double[] _effectChange;
    private readonly double[] _effectSe;
    private readonly double[] _effectDiscountedQuantity;

    public DrawModel(CompiledCase c)
    {
        _pvCosts = c.PvCosts;
        _fixedUnitCostSums = new double[c.OutcomeCount];
        foreach (var price in c.Prices)
        {
            _fixedUnitCostSums[price.Outcome] += price.UnitCost;
        }

        var randomPrices = c.Prices.Where(p => p.Se > 0).ToArray();
        _randomPriceOutcome = randomPrices.Select(p => p.Outcome).ToArray();
        _randomPriceSe = randomPrices.Select(p => p.Se).ToArray();
        _effectOutcome = c.Effects.Select(e => e.Outcome).ToArray();
        _effectChange = c.Effects.Select(e => e.Change).ToArray();
        _effectSe = c.Effects.Select(e => e.Se).ToArray();
        _effectDiscountedQuantity = c.Effects.Select(e => e.DiscountedQuantity).ToArray();
    }

    /// <summary>Fills npv[from..to) with draws from..to−1.</summary>
    /// <remarks>
    /// Jitted fully optimised on first call: a CLI run simulates once, so waiting for tiered compilation
    /// (which is starved on a busy machine) would leave most draws running unoptimised code.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Simulate(ulong seed, int from, int to, double[] npv)
    {
        var unitCosts = new double[_fixedUnitCostSums.Length];
        for (var i = from; i < to; i++)
        {
            npv[i] = Draw(seed, (ulong)i, unitCosts);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Draw(ulong seed, ulong index, double[] unitCosts)
    {
        var normal = new NormalSampler(Xoshiro256StarStar.ForStream(seed, index));
        Array.Copy(_fixedUnitCostSums, unitCosts, unitCosts.Length);
        for (var p = 0; p < _randomPriceSe.Length; p++)
        {
            unitCosts[_randomPriceOutcome[p]] += _randomPriceSe[p] * normal.Next();
        }

        var npv = -_pvCosts;
        for (var e = 0; e < _effectChange.Length; e++)
        {
            var change = _effectChange[e];
            var se = _effectSe[e];
            if (se > 0)
            {
                change += se * normal.Next();
            }

            npv -= change * _effectDiscountedQuantity[e] * unitCosts[_effectOutcome[e]];
        }

        return npv;
    }
}

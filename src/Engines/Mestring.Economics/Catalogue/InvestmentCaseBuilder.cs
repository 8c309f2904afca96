using Mestring.Economics.Cases;

namespace Mestring.Economics.Catalogue;

/// <summary>
/// Composes an <see cref="InvestmentCase"/> from catalogue entries — a method, the outcomes it affects and a
/// target group's baselines — so the UI can build cases. Catalogue prices are indexed to the case's price
/// year; catalogue effects are labelled <c>effectSource: "catalogue"</c> and local evidence added with
/// <see cref="WithLocalEffect"/> replaces them (labelled "local").
/// </summary>
public sealed class InvestmentCaseBuilder
{
    /// <summary>Label of effects taken from the catalogue.</summary>
    public const string CatalogueSource = "catalogue";

    /// <summary>Label of effects from the municipality's own evaluation.</summary>
    public const string LocalSource = "local";

    private readonly KnowledgeCatalogue _catalogue;
    private readonly List<CostLine> _costs = [];
    private readonly List<Outcome> _outcomes = [];
    private readonly List<string> _methods = [];
    private readonly List<Effect> _localEffects = [];
    private string _name = "";
    private int _priceYear;
    private int _horizonYears = 10;
    private double _participants;
    private double _successRate = 1;
    private double _deadweight;
    private double _discountRate = 0.035;

    /// <summary>Starts a case in <paramref name="priceYear"/> prices using <paramref name="catalogue"/> (default: the shipped one).</summary>
    public InvestmentCaseBuilder(int priceYear, KnowledgeCatalogue? catalogue = null)
    {
        _catalogue = catalogue ?? KnowledgeCatalogue.Default;
        _priceYear = priceYear;
    }

    /// <summary>Sets the name.</summary>
    public InvestmentCaseBuilder Named(string name) { _name = name; return this; }

    /// <summary>Sets the horizon (years 0…horizonYears); default 10 as in SØM.</summary>
    public InvestmentCaseBuilder WithHorizon(int horizonYears) { _horizonYears = horizonYears; return this; }

    /// <summary>Sets the number of participants.</summary>
    public InvestmentCaseBuilder WithParticipants(double participants) { _participants = participants; return this; }

    /// <summary>Sets the success rate (default 1).</summary>
    public InvestmentCaseBuilder WithSuccessRate(double successRate) { _successRate = successRate; return this; }

    /// <summary>Sets the deadweight (default 0).</summary>
    public InvestmentCaseBuilder WithDeadweight(double deadweight) { _deadweight = deadweight; return this; }

    /// <summary>Sets the flat discount rate (default 3.5 %).</summary>
    public InvestmentCaseBuilder WithDiscountRate(double rate) { _discountRate = rate; return this; }

    /// <summary>Adds a cost per participant for a holder in years fromYear…toYear (case price year).</summary>
    public InvestmentCaseBuilder WithCost(string holder, int fromYear, int toYear, double perParticipant)
    {
        _costs.Add(new CostLine(holder, fromYear, toYear, perParticipant));
        return this;
    }

    /// <summary>Adds a catalogue outcome with a constant baseline per participant per year.</summary>
    public InvestmentCaseBuilder WithOutcome(string outcomeId, double baselinePerParticipant) =>
        WithOutcome(outcomeId, Baseline.Of(baselinePerParticipant));

    /// <summary>
    /// Adds a catalogue outcome with a baseline (e.g. the target group's mean per year before the start, from
    /// the municipality's data); its unit costs are indexed from the catalogue's price year to the case's.
    /// </summary>
    public InvestmentCaseBuilder WithOutcome(string outcomeId, Baseline baseline)
    {
        var entry = _catalogue.Outcome(outcomeId);
        var factor = _catalogue.PriceIndex.Index(entry.PriceYear, _priceYear);
        var prices = entry.Prices
            .Select(p => new Price(p.Holder, p.UnitCost * factor, p.Se * factor))
            .ToArray();
        _outcomes.Add(new Outcome(entry.Id, baseline, prices) { Label = entry.Name });
        return this;
    }

    /// <summary>Adds an outcome not in the catalogue (prices already in the case's price year).</summary>
    public InvestmentCaseBuilder WithCustomOutcome(Outcome outcome)
    {
        _outcomes.Add(outcome);
        return this;
    }

    /// <summary>
    /// Uses the catalogue effects of a method, for those of its outcomes that the case includes
    /// (see <see cref="OutcomesOf"/> for which baselines to ask for).
    /// </summary>
    public InvestmentCaseBuilder WithMethod(string methodId)
    {
        _ = _catalogue.Method(methodId);
        _methods.Add(methodId);
        return this;
    }

    /// <summary>
    /// Uses an effect from the municipality's own evaluation; it replaces any catalogue effect on the same outcome.
    /// </summary>
    public InvestmentCaseBuilder WithLocalEffect(Effect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        _localEffects.Add(effect with { EffectSource = LocalSource });
        return this;
    }

    /// <summary>The outcome ids a catalogue method has effects on.</summary>
    public IReadOnlyList<string> OutcomesOf(string methodId) =>
        _catalogue.Method(methodId).Effects.Select(e => e.Outcome).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Builds and validates the case; throws <see cref="InvalidInvestmentCaseException"/> when invalid.</summary>
    public InvestmentCase Build()
    {
        var included = _outcomes.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var localOutcomes = _localEffects.Select(e => e.Outcome).ToHashSet(StringComparer.Ordinal);
        var catalogueEffects = _methods
            .SelectMany(id => _catalogue.Method(id).Effects)
            .Where(e => included.Contains(e.Outcome) && !localOutcomes.Contains(e.Outcome))
            .Where(e => e.FromYear <= _horizonYears)
            .Select(e => new Effect
            {
                Outcome = e.Outcome,
                RelativeChange = e.RelativeChange,
                AbsoluteChange = e.AbsoluteChange,
                Se = e.Se,
                FromYear = e.FromYear,
                ToYear = Math.Min(e.ToYear, _horizonYears),
                DecayPerYear = e.DecayPerYear,
                EffectSource = CatalogueSource,
                Source = e.Source,
            });

        var investmentCase = new InvestmentCase
        {
            Name = _name,
            PriceYear = _priceYear,
            HorizonYears = _horizonYears,
            DiscountRate = _discountRate,
            Participants = _participants,
            SuccessRate = _successRate,
            Deadweight = _deadweight,
            Costs = _costs.ToArray(),
            Outcomes = _outcomes.ToArray(),
            Effects = [.. catalogueEffects, .. _localEffects],
        };
        InvestmentCaseValidator.EnsureValid(investmentCase);
        return investmentCase;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Mestring.Economics.Output;

namespace Mestring.Economics.Cases;

/// <summary>
/// Writes a case back to the spec's JSON (with the extension fields when set), e.g. to save a case built
/// from the catalogue together with its result. <see cref="InvestmentCaseReader.Parse"/> reads it back.
/// </summary>
public static class InvestmentCaseWriter
{
    /// <summary>The case as JSON text.</summary>
    public static string ToJson(InvestmentCase investmentCase, bool indented = true) =>
        JsonSerializer.Serialize(CaseDocument.Of(investmentCase), EconomicsJson.Case(indented));
}

/// <summary>The spec's case layout; what the case does not set (null) is left out.</summary>
internal sealed record CaseDocument(
    string Name, int? PriceYear, int HorizonYears, double DiscountRate, IReadOnlyList<DiscountStep>? DiscountSchedule,
    double Participants, double SuccessRate, double Deadweight, IReadOnlyList<CostLine> Costs, IReadOnlyList<OutcomeDocument> Outcomes,
    IReadOnlyList<EffectDocument> Effects)
{
    public static CaseDocument Of(InvestmentCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Name, c.PriceYear, c.HorizonYears, c.DiscountRate, c.DiscountSchedule, c.Participants, c.SuccessRate, c.Deadweight, c.Costs,
            [.. c.Outcomes.Select(o => new OutcomeDocument(o.Id, o.Label, o.Baseline, o.Prices))],
            [.. c.Effects.Select(e => new EffectDocument(e.Outcome, e.RelativeChange, e.AbsoluteChange, e.Se, e.FromYear, e.ToYear, e.DecayPerYear, e.EffectSource, e.Source))]);
    }
}

internal sealed record OutcomeDocument(
    string Id, string? Label, [property: JsonConverter(typeof(BaselineConverter))] Baseline BaselinePerParticipant, IReadOnlyList<Price> Prices);

internal sealed record EffectDocument(
    string Outcome, double? RelativeChange, double? AbsoluteChange, double? Se, int FromYear, int ToYear, double DecayPerYear, string? EffectSource, string? Source);

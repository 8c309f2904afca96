using System.Text.Json;
using Mestring.Economics.Output;

namespace Mestring.Economics.Cases;

/// <summary>
/// Writes a case back to the spec's JSON (with the extension fields when set), e.g. to save a case built
/// from the catalogue together with its result. <see cref="InvestmentCaseReader.Parse"/> reads it back.
/// </summary>
public static class InvestmentCaseWriter
{
    /// <summary>The case as JSON text.</summary>
    public static string ToJson(InvestmentCase investmentCase, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(investmentCase);
        return JsonObjects.ToText(indented, writer => Write(writer, investmentCase));
    }

    private static void Write(Utf8JsonWriter w, InvestmentCase c)
    {
        w.WriteStartObject();
        w.WriteString("name", c.Name);
        if (c.PriceYear is { } priceYear)
        {
            w.WriteNumber("priceYear", priceYear);
        }

        w.WriteNumber("horizonYears", c.HorizonYears);
        JsonNumbers.Write(w, "discountRate", c.DiscountRate);
        if (c.DiscountSchedule is { } schedule)
        {
            JsonObjects.WriteArray(w, "discountSchedule", schedule, static (w, step) =>
            {
                w.WriteNumber("fromYear", step.FromYear);
                JsonNumbers.Write(w, "rate", step.Rate);
            });
        }

        JsonNumbers.Write(w, "participants", c.Participants);
        JsonNumbers.Write(w, "successRate", c.SuccessRate);
        JsonNumbers.Write(w, "deadweight", c.Deadweight);
        JsonObjects.WriteArray(w, "costs", c.Costs, static (w, cost) =>
        {
            w.WriteString("holder", cost.Holder);
            w.WriteNumber("fromYear", cost.FromYear);
            w.WriteNumber("toYear", cost.ToYear);
            JsonNumbers.Write(w, "perParticipant", cost.PerParticipant);
        });
        JsonObjects.WriteArray(w, "outcomes", c.Outcomes, WriteOutcome);
        JsonObjects.WriteArray(w, "effects", c.Effects, WriteEffect);
        w.WriteEndObject();
    }

    private static void WriteOutcome(Utf8JsonWriter w, Outcome outcome)
    {
        w.WriteString("id", outcome.Id);
        if (outcome.Label is { } label)
        {
            w.WriteString("label", label);
        }

        if (outcome.Baseline.PerYear is { } perYear)
        {
            w.WriteStartArray("baselinePerParticipant");
            foreach (var value in perYear)
            {
                w.WriteNumberValue(value == 0 ? 0 : value);
            }

            w.WriteEndArray();
        }
        else
        {
            JsonNumbers.Write(w, "baselinePerParticipant", outcome.Baseline.Constant ?? 0);
        }

        JsonObjects.WriteArray(w, "prices", outcome.Prices, static (w, price) =>
        {
            w.WriteString("holder", price.Holder);
            JsonNumbers.Write(w, "unitCost", price.UnitCost);
            if (price.Se is { } se)
            {
                JsonNumbers.Write(w, "se", se);
            }
        });
    }

    private static void WriteEffect(Utf8JsonWriter w, Effect effect)
    {
        w.WriteString("outcome", effect.Outcome);
        if (effect.RelativeChange is { } relative)
        {
            JsonNumbers.Write(w, "relativeChange", relative);
        }

        if (effect.AbsoluteChange is { } absolute)
        {
            JsonNumbers.Write(w, "absoluteChange", absolute);
        }

        if (effect.Se is { } se)
        {
            JsonNumbers.Write(w, "se", se);
        }

        w.WriteNumber("fromYear", effect.FromYear);
        w.WriteNumber("toYear", effect.ToYear);
        JsonNumbers.Write(w, "decayPerYear", effect.DecayPerYear);
        if (effect.EffectSource is { } effectSource)
        {
            w.WriteString("effectSource", effectSource);
        }

        if (effect.Source is { } source)
        {
            w.WriteString("source", source);
        }
    }
}

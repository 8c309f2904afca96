using System.Globalization;

namespace Mestring.Economics.Cases;

/// <summary>
/// The rules a case must satisfy before the engine runs, each reported with its JSON path. Used by the
/// reader and directly for cases composed in code (e.g. by <see cref="Catalogue.InvestmentCaseBuilder"/>).
/// </summary>
public static class InvestmentCaseValidator
{
    /// <summary>Longest horizon accepted; the Green Book schedule goes to 125 years and beyond that nothing is meaningful.</summary>
    public const int MaxHorizonYears = 300;

    /// <summary>Most participants accepted: more than Denmark's population is a typo, and beyond it sums overflow.</summary>
    public const double MaxParticipants = 10_000_000;

    /// <summary>Largest amount (DKK) or quantity accepted anywhere in a case; keeps every product of inputs finite.</summary>
    public const double MaxMagnitude = 1e12;

    /// <summary>Returns every rule violation of <paramref name="investmentCase"/> (empty when valid).</summary>
    public static IReadOnlyList<CaseError> Validate(InvestmentCase investmentCase)
    {
        ArgumentNullException.ThrowIfNull(investmentCase);
        var errors = new ErrorSink();
        Validate(investmentCase, errors);
        return errors.Errors;
    }

    /// <summary>Throws <see cref="InvalidInvestmentCaseException"/> when the case breaks a rule.</summary>
    public static void EnsureValid(InvestmentCase investmentCase)
    {
        var errors = Validate(investmentCase);
        if (errors.Count > 0)
        {
            throw new InvalidInvestmentCaseException(errors);
        }
    }

    /// <summary>Checks the rules, skipping paths that already have a (structural) error from the reader.</summary>
    internal static void Validate(InvestmentCase c, ErrorSink errors)
    {
        var horizonKnown = !errors.Has("$.horizonYears");
        if (horizonKnown && (c.HorizonYears < 0 || c.HorizonYears > MaxHorizonYears))
        {
            errors.Add("$.horizonYears", CaseErrorCodes.OutOfRange,
                Format($"must be between 0 and {MaxHorizonYears} (was {c.HorizonYears})"));
            horizonKnown = false;
        }

        int? horizon = horizonKnown ? c.HorizonYears : null;
        var check = new Checks(errors);
        check.NonNegative("$.participants", c.Participants);
        if (double.IsFinite(c.Participants) && c.Participants > MaxParticipants)
        {
            check.Fail("$.participants", CaseErrorCodes.OutOfRange, Format($"must be at most {MaxParticipants:0} (was {c.Participants})"));
        }
        check.Rate("$.successRate", c.SuccessRate);
        check.Rate("$.deadweight", c.Deadweight);
        check.Rate("$.discountRate", c.DiscountRate);
        ValidateSchedule(c.DiscountSchedule, check);

        for (var i = 0; i < c.Costs.Count; i++)
        {
            var cost = c.Costs[i];
            var path = Format($"$.costs[{i}]");
            check.Holder(path + ".holder", cost.Holder);
            check.Finite(path + ".perParticipant", cost.PerParticipant);
            check.YearRange(path, cost.FromYear, cost.ToYear, horizon);
        }

        var outcomeIds = ValidateOutcomes(c.Outcomes, horizon, check, errors);

        for (var i = 0; i < c.Effects.Count; i++)
        {
            ValidateEffect(c.Effects[i], Format($"$.effects[{i}]"), outcomeIds, horizon, check, errors);
        }
    }

    private static void ValidateSchedule(IReadOnlyList<DiscountStep>? schedule, Checks check)
    {
        if (schedule is null)
        {
            return;
        }

        for (var i = 0; i < schedule.Count; i++)
        {
            var path = Format($"$.discountSchedule[{i}]");
            check.Rate(path + ".rate", schedule[i].Rate);
            if (schedule[i].FromYear < 0)
            {
                check.Fail(path + ".fromYear", CaseErrorCodes.OutOfRange, Format($"must be 0 or more (was {schedule[i].FromYear})"));
            }
            else if (i > 0 && schedule[i].FromYear <= schedule[i - 1].FromYear)
            {
                check.Fail(path + ".fromYear", CaseErrorCodes.YearOrder,
                    Format($"steps must be in increasing fromYear order ({schedule[i].FromYear} follows {schedule[i - 1].FromYear})"));
            }
        }
    }

    private static HashSet<string> ValidateOutcomes(IReadOnlyList<Outcome> outcomes, int? horizon, Checks check, ErrorSink errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < outcomes.Count; i++)
        {
            var outcome = outcomes[i];
            var path = Format($"$.outcomes[{i}]");
            if (string.IsNullOrWhiteSpace(outcome.Id))
            {
                check.Fail(path + ".id", CaseErrorCodes.Required, "must be a non-empty id");
            }
            else if (!ids.Add(outcome.Id))
            {
                check.Fail(path + ".id", CaseErrorCodes.Duplicate, Format($"duplicate outcome id '{outcome.Id}'"));
            }

            ValidateBaseline(outcome.Baseline, path + ".baselinePerParticipant", horizon, check, errors);

            if (outcome.Prices.Count == 0)
            {
                check.Fail(path + ".prices", CaseErrorCodes.NoPrices,
                    Format($"outcome '{outcome.Id}' has no prices: give at least one {{ holder, unitCost }}"));
            }

            for (var p = 0; p < outcome.Prices.Count; p++)
            {
                var price = outcome.Prices[p];
                var pricePath = Format($"{path}.prices[{p}]");
                check.Holder(pricePath + ".holder", price.Holder);
                check.Finite(pricePath + ".unitCost", price.UnitCost);
                check.StandardError(pricePath + ".se", price.Se);
            }
        }

        return ids;
    }

    private static void ValidateBaseline(Baseline baseline, string path, int? horizon, Checks check, ErrorSink errors)
    {
        if (baseline.PerYear is null)
        {
            check.Finite(path, baseline.Constant ?? 0);
            return;
        }

        if (horizon is not null && baseline.PerYear.Count != horizon.Value + 1 && !errors.Has(path))
        {
            check.Fail(path, CaseErrorCodes.BaselineLength,
                Format($"must have horizonYears + 1 = {horizon.Value + 1} values (one per year 0…{horizon.Value}), but has {baseline.PerYear.Count}"));
        }

        for (var t = 0; t < baseline.PerYear.Count; t++)
        {
            check.Finite(Format($"{path}[{t}]"), baseline.PerYear[t]);
        }
    }

    private static void ValidateEffect(Effect effect, string path, HashSet<string> outcomeIds, int? horizon, Checks check, ErrorSink errors)
    {
        // When $.outcomes itself could not be read, every reference would look unknown: say nothing more.
        if (!errors.Has(path + ".outcome") && !errors.Has("$.outcomes"))
        {
            if (string.IsNullOrWhiteSpace(effect.Outcome))
            {
                check.Fail(path + ".outcome", CaseErrorCodes.Required, "must name an outcome id");
            }
            else if (!outcomeIds.Contains(effect.Outcome))
            {
                check.Fail(path + ".outcome", CaseErrorCodes.UnknownOutcome,
                    Format($"unknown outcome '{effect.Outcome}': it is not among the ids in $.outcomes"));
            }
        }

        var changeFieldsBroken = errors.Has(path + ".relativeChange") || errors.Has(path + ".absoluteChange");
        if (!changeFieldsBroken)
        {
            if (effect.RelativeChange is not null && effect.AbsoluteChange is not null)
            {
                check.Fail(path, CaseErrorCodes.ChangeChoice, "has both relativeChange and absoluteChange: give exactly one");
            }
            else if (effect.RelativeChange is null && effect.AbsoluteChange is null)
            {
                check.Fail(path, CaseErrorCodes.ChangeChoice, "has neither relativeChange nor absoluteChange: give exactly one");
            }
        }

        if (effect.RelativeChange is { } relative)
        {
            check.Finite(path + ".relativeChange", relative);
        }

        if (effect.AbsoluteChange is { } absolute)
        {
            check.Finite(path + ".absoluteChange", absolute);
        }

        check.StandardError(path + ".se", effect.Se);
        check.Rate(path + ".decayPerYear", effect.DecayPerYear);
        check.YearRange(path, effect.FromYear, effect.ToYear, horizon);
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Small reusable rule checks that respect already-reported paths.</summary>
    private sealed class Checks(ErrorSink errors)
    {
        public void Fail(string path, string code, string message)
        {
            if (!errors.Has(path))
            {
                errors.Add(path, code, message);
            }
        }

        public void Finite(string path, double value)
        {
            if (!double.IsFinite(value) || Math.Abs(value) > MaxMagnitude)
            {
                Fail(path, CaseErrorCodes.OutOfRange, Format($"must be a finite number of at most {MaxMagnitude:0.#E+0} in size"));
            }
        }

        public void NonNegative(string path, double value)
        {
            if (!double.IsFinite(value) || value < 0 || value > MaxMagnitude)
            {
                Fail(path, CaseErrorCodes.OutOfRange, Format($"must not be negative (was {value})"));
            }
        }

        public void Rate(string path, double value)
        {
            if (!double.IsFinite(value) || value < 0 || value > 1)
            {
                Fail(path, CaseErrorCodes.OutOfRange, Format($"must be between 0 and 1 (was {value})"));
            }
        }

        public void StandardError(string path, double? value)
        {
            if (value is { } se && (!double.IsFinite(se) || se < 0))
            {
                Fail(path, CaseErrorCodes.OutOfRange, Format($"a standard error must not be negative (was {se})"));
            }
        }

        public void Holder(string path, string holder)
        {
            if (string.IsNullOrWhiteSpace(holder))
            {
                Fail(path, CaseErrorCodes.Required, "must be a non-empty budget-holder key such as 'kommune.social'");
            }
        }

        public void YearRange(string path, int fromYear, int toYear, int? horizon)
        {
            var fromPath = path + ".fromYear";
            var toPath = path + ".toYear";
            var fromOk = !errors.Has(fromPath) && InHorizon(fromPath, fromYear, horizon);
            var toOk = !errors.Has(toPath) && InHorizon(toPath, toYear, horizon);
            if (fromOk && toOk && fromYear > toYear)
            {
                Fail(fromPath, CaseErrorCodes.YearOrder, Format($"fromYear ({fromYear}) must not be after toYear ({toYear})"));
            }
        }

        private bool InHorizon(string path, int year, int? horizon)
        {
            if (year < 0 || (horizon is { } h && year > h))
            {
                var range = horizon is { } hh ? Format($"between 0 and horizonYears ({hh})") : "0 or more";
                Fail(path, CaseErrorCodes.OutOfRange, Format($"year must be {range} (was {year})"));
                return false;
            }

            return true;
        }
    }
}

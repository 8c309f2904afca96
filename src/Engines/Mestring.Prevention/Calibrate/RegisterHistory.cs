using System.Globalization;
using Mestring.Prevention.Aggregate;
using Mestring.Prevention.Fairness;
using Mestring.Prevention.Population;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Calibrate;

/// <summary>Which history <see cref="RegisterHistory.Build"/> looks at.</summary>
public sealed record HistoryOptions
{
    /// <summary>Age at which the family factors are read (KL 2013: at 15).</summary>
    public int AgeAtScreening { get; init; } = 15;

    /// <summary>Youngest age at the outcome year.</summary>
    public int OutcomeFromAge { get; init; } = 18;

    /// <summary>Oldest age at the outcome year.</summary>
    public int OutcomeToAge { get; init; } = 29;

    /// <summary>The benefits that count as the outcome (kontanthjælp and its successor for under-30s).</summary>
    public IReadOnlyList<Benefit> OutcomeBenefits { get; init; } = [Benefit.Kontanthjaelp, Benefit.Uddannelseshjaelp];

    /// <summary>Bands of age at the outcome year for the fairness rows (start ages).</summary>
    public IReadOnlyList<int> AgeBandStarts { get; init; } = [18, 22, 26];

    /// <summary>Tier at or above which a youth counts as flagged.</summary>
    public Tier FlagTier { get; init; } = Tier.Medium;
}

/// <summary>
/// One observation of the history: a youth aged 18–29 in the outcome year whose family factors were read in the
/// year they turned 15, and whether they received the outcome benefit in the outcome year.
/// </summary>
public sealed class HistorySample
{
    internal HistorySample(
        int outcomeYear, int[] person, uint[] mask, Tier[] tier, bool[] outcome, int[] ageAtOutcome, int cohorts, int unobserved)
    {
        OutcomeYear = outcomeYear;
        Person = person;
        Mask = mask;
        Tier = tier;
        Outcome = outcome;
        AgeAtOutcome = ageAtOutcome;
        CohortCount = cohorts;
        Unobserved = unobserved;
    }

    /// <summary>The register year whose benefit is the outcome (the latest year the extract holds).</summary>
    public int OutcomeYear { get; }

    /// <summary>Person index per observation.</summary>
    public int[] Person { get; }

    /// <summary>Family-factor mask at 15 per observation.</summary>
    public uint[] Mask { get; }

    /// <summary>Tier at 15 per observation.</summary>
    public Tier[] Tier { get; }

    /// <summary>Outcome per observation.</summary>
    public bool[] Outcome { get; }

    /// <summary>Age in the outcome year per observation.</summary>
    public int[] AgeAtOutcome { get; }

    /// <summary>Number of birth cohorts (screening years) that contributed.</summary>
    public int CohortCount { get; }

    /// <summary>Screened youths left out because they had died or had no register data in the outcome year.</summary>
    public int Unobserved { get; }

    /// <summary>Number of observations.</summary>
    public int Count => Person.Length;
}

/// <summary>
/// Builds the historical sample the score's meaning is calibrated on, from the register years the municipality holds:
/// every youth aged 18–29 in the latest year, with the family factors as they were in the year the youth turned 15
/// (one screening run per such year, age window 15–15, family factors only), and the outcome "kontanthjælp or
/// uddannelseshjælp as main benefit in the latest year". This is the published measure (KL 2013: the share of
/// 18–29-year-olds on kontanthjælp by family factors at 15): one observation per youth, so the Wilson intervals are
/// honest. Cohorts whose year at 15 the extract does not hold are left out. Pure.
/// </summary>
public static class RegisterHistory
{
    /// <summary>The sample; <paramref name="template"/> supplies the factor definitions (ages and indicators are overridden).</summary>
    public static HistorySample Build(PopulationColumns population, ScreeningOptions template, HistoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(template);
        options ??= new HistoryOptions();
        var outcomeYear = population.LastYear;
        while (outcomeYear > population.FirstYear && !population.HasYear(outcomeYear))
        {
            outcomeYear--;
        }

        var wanted = new bool[256];
        foreach (var b in options.OutcomeBenefits)
        {
            wanted[(int)b] = true;
        }

        var outcomeStart = new DateOnly(outcomeYear, 1, 1).DayNumber;
        var person = new List<int>();
        var mask = new List<uint>();
        var tier = new List<Tier>();
        var outcome = new List<bool>();
        var age = new List<int>();
        var cohorts = 0;
        var unobserved = 0;
        for (var ageNow = options.OutcomeToAge; ageNow >= options.OutcomeFromAge; ageNow--)
        {
            var birthYear = outcomeYear - ageNow;
            var screenYear = birthYear + options.AgeAtScreening;
            if (!population.HasYear(screenYear))
            {
                continue;
            }

            // Age on 31 December of the screening year is AgeAtScreening exactly for those born in birthYear.
            var run = Screening.Run(population, template with
            {
                AsOf = new DateOnly(screenYear, 12, 31),
                MinAge = options.AgeAtScreening,
                MaxAge = options.AgeAtScreening,
                Indicators = [],
            });
            cohorts++;
            for (var i = 0; i < run.Count; i++)
            {
                var p = run.PersonIndex[i];
                var slot = population.Slot(p, outcomeYear);
                if (population.DeathDay[p] < outcomeStart
                    || (population.Household[slot] < 0 && population.Income[slot] == PopulationColumns.UnknownIncome))
                {
                    unobserved++;
                    continue;
                }

                person.Add(p);
                mask.Add(run.FactorMask[i]);
                tier.Add(run.Tier[i]);
                outcome.Add(wanted[(int)population.Benefit[slot]]);
                age.Add(ageNow);
            }
        }

        return new HistorySample(outcomeYear, [.. person], [.. mask], [.. tier], [.. outcome], [.. age], cohorts, unobserved);
    }

    /// <summary>The calibration of the sample (per number of family factors and per combination).</summary>
    public static CalibrationResult Calibrate(HistorySample sample, CalibrationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return Calibration.Compute(sample.Mask, sample.Outcome, options);
    }

    /// <summary>Precision and recall of each tier at 15 against the outcome.</summary>
    public static IReadOnlyList<TierQuality> TierQualities(HistorySample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return FairnessReport.TierQualities(sample.Tier, sample.Outcome);
    }

    /// <summary>
    /// Calibration per group on history: by sex, by age band in the outcome year and (when given) by the youth's
    /// area. Observed share vs the share the overall calibration expects for the group's factor combinations.
    /// </summary>
    public static IReadOnlyList<GroupRow> Groups(
        HistorySample sample, PopulationColumns population, CalibrationResult calibration, AreaColumn? areas, HistoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(calibration);
        options ??= new HistoryOptions();
        var rows = new List<GroupRow>();
        rows.AddRange(Dimension(sample, calibration, options, "sex", i => population.Sex[sample.Person[i]] switch
        {
            Sex.Female => "F",
            Sex.Male => "M",
            _ => "ukendt",
        }));
        rows.AddRange(Dimension(sample, calibration, options, "age", i => AgeBand(sample.AgeAtOutcome[i], options.AgeBandStarts)));
        if (areas is not null)
        {
            rows.AddRange(Dimension(sample, calibration, options, "area", i => areas.NameOf(sample.Person[i])));
        }

        return rows;
    }

    private static List<GroupRow> Dimension(
        HistorySample sample, CalibrationResult calibration, HistoryOptions options, string dimension, Func<int, string> groupOf)
    {
        var members = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < sample.Count; i++)
        {
            var g = groupOf(i);
            if (!members.TryGetValue(g, out var list))
            {
                members[g] = list = [];
            }

            list.Add(i);
        }

        var expectedOf = new Dictionary<uint, double>();
        var rows = new List<GroupRow>(members.Count);
        foreach (var (group, list) in members)
        {
            int flagged = 0, outcomes = 0;
            double expected = 0;
            var masks = new uint[list.Count];
            var flags = new bool[list.Count];
            for (var j = 0; j < list.Count; j++)
            {
                var i = list[j];
                flagged += sample.Tier[i] >= options.FlagTier ? 1 : 0;
                outcomes += sample.Outcome[i] ? 1 : 0;
                var m = sample.Mask[i];
                if (!expectedOf.TryGetValue(m, out var share))
                {
                    expectedOf[m] = share = calibration.Describe(m).Estimate.Share;
                }

                expected += share;
                masks[j] = m;
                flags[j] = sample.Outcome[i];
            }

            rows.Add(new GroupRow(
                dimension, group, list.Count, flagged, (double)flagged / list.Count,
                ShareEstimate.Wilson(list.Count, outcomes), expected / list.Count,
                Calibration.Compute(masks, flags, calibration.Options).ByCount));
        }

        return rows;
    }

    private static string AgeBand(int age, IReadOnlyList<int> starts)
    {
        var band = 0;
        for (var b = 0; b < starts.Count; b++)
        {
            if (age >= starts[b])
            {
                band = b;
            }
        }

        return band + 1 < starts.Count
            ? string.Create(CultureInfo.InvariantCulture, $"{starts[band]}–{starts[band + 1] - 1}")
            : string.Create(CultureInfo.InvariantCulture, $"{starts[band]}+");
    }
}

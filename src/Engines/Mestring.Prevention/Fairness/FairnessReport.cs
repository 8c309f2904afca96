using System.Globalization;
using Mestring.Prevention.Calibrate;
using Mestring.Prevention.Population;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Fairness;

/// <summary>
/// Fairness and quality of a screening: share flagged by sex, age band and area; on history, calibration per group
/// (observed vs expected share) and precision/recall of each tier. Pure.
/// </summary>
public static class FairnessReport
{
    /// <summary>The limits every report carries.</summary>
    public static IReadOnlyList<string> Limits { get; } =
    [
        "Faktorerne beskriver familiens forhold, ikke barnet; de fleste børn med faktorer får aldrig behov for støtte, og mange med behov har ingen faktorer (se præcision og recall).",
        "Kalibreringen bygger på tidligere årgange; ændrer ydelsessystemet eller befolkningen sig (fx uddannelseshjælpens indførelse i 2014), gælder andelene ikke uændret.",
        "Små grupper (områder, kombinationer) giver brede intervaller; andele med n under 50 skal læses med forsigtighed.",
        "Manglende data (ukendt husstand, indkomst eller uddannelse) giver aldrig en markering, men kan skjule et reelt forhold; andelen uden vurdering bør følges pr. gruppe.",
        "Indkomsten er ikke ækvivaleret; store familier og familier med én voksen sammenlignes på samlet indkomst.",
        "Resultatet er et fagligt hjælpemiddel: en sagsbehandler træffer altid beslutningen, og intet sendes automatisk til familien.",
    ];

    /// <summary>Builds the report for a screening run (a current run, or a past cohort with outcomes).</summary>
    public static FairnessResult Compute(ScreeningResult screening, FairnessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(screening);
        options ??= new FairnessOptions();
        var pop = screening.Population;
        var outcome = options.OutcomeByPerson;
        if (outcome is not null && outcome.Length != pop.PersonCount)
        {
            throw new ArgumentException("One outcome per person is required.", nameof(options));
        }

        var calibration = options.Calibration;
        if (calibration is null && outcome is not null)
        {
            calibration = Calibration.Compute([screening], outcome, options.CalibrationOptions);
        }

        var n = screening.Count;
        var expected = new double[n];
        if (calibration is not null)
        {
            // Describe() is per distinct mask; cache so the report stays O(n) on a million children.
            var cache = new Dictionary<uint, double>();
            for (var i = 0; i < n; i++)
            {
                var m = screening.FactorMask[i];
                if (!cache.TryGetValue(m, out var share))
                {
                    share = calibration.Describe(m).Estimate.Share;
                    cache[m] = share;
                }

                expected[i] = share;
            }
        }

        var groups = new List<GroupRow>();
        groups.AddRange(Dimension(screening, options, outcome, calibration, expected, "sex", i => SexLabel(pop.Sex[screening.PersonIndex[i]])));
        groups.AddRange(Dimension(screening, options, outcome, calibration, expected, "age", i => AgeBand(screening, options.AgeBandStarts, i)));
        if (options.Areas is { } areas)
        {
            groups.AddRange(Dimension(screening, options, outcome, calibration, expected, "area", i => areas.NameOf(screening.PersonIndex[i])));
        }

        var tiers = outcome is null ? [] : TierQualities(screening, outcome);
        return new FairnessResult(n, options.FlagTier, groups, tiers, Limits);
    }

    /// <summary>Precision and recall of "tier ≥ X" for X = lav, middel, høj, for a screened cohort with later outcomes.</summary>
    public static IReadOnlyList<TierQuality> TierQualities(ScreeningResult screening, bool[] outcomeByPerson)
    {
        ArgumentNullException.ThrowIfNull(screening);
        ArgumentNullException.ThrowIfNull(outcomeByPerson);
        var outcomes = new bool[screening.Count];
        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = outcomeByPerson[screening.PersonIndex[i]];
        }

        return TierQualities(screening.Tier, outcomes);
    }

    /// <summary>Precision and recall of "tier ≥ X" for X = lav, middel, høj; one tier and one outcome per child.</summary>
    public static IReadOnlyList<TierQuality> TierQualities(ReadOnlySpan<Tier> tiers, ReadOnlySpan<bool> outcomes)
    {
        if (tiers.Length != outcomes.Length)
        {
            throw new ArgumentException("One outcome per tier is required.", nameof(outcomes));
        }

        var positives = 0;
        foreach (var o in outcomes)
        {
            positives += o ? 1 : 0;
        }

        var rows = new List<TierQuality>(3);
        foreach (var tier in (ReadOnlySpan<Tier>)[Tier.Low, Tier.Medium, Tier.High])
        {
            int flagged = 0, truePositives = 0;
            for (var i = 0; i < tiers.Length; i++)
            {
                if (tiers[i] >= tier)
                {
                    flagged++;
                    truePositives += outcomes[i] ? 1 : 0;
                }
            }

            rows.Add(new TierQuality(
                tier, flagged, truePositives, positives,
                flagged > 0 ? (double)truePositives / flagged : null,
                positives > 0 ? (double)truePositives / positives : null));
        }

        return rows;
    }

    private static List<GroupRow> Dimension(
        ScreeningResult screening, FairnessOptions options, bool[]? outcome, CalibrationResult? calibration,
        double[] expected, string dimension, Func<int, string> groupOf)
    {
        var rows = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < screening.Count; i++)
        {
            var g = groupOf(i);
            if (!rows.TryGetValue(g, out var list))
            {
                list = [];
                rows[g] = list;
            }

            list.Add(i);
        }

        var result = new List<GroupRow>(rows.Count);
        foreach (var (group, members) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var flagged = 0;
            var outcomes = 0;
            double expectedSum = 0;
            var masks = new uint[members.Count];
            var flags = new bool[members.Count];
            for (var j = 0; j < members.Count; j++)
            {
                var i = members[j];
                flagged += screening.Tier[i] >= options.FlagTier ? 1 : 0;
                expectedSum += expected[i];
                masks[j] = screening.FactorMask[i];
                if (outcome is not null)
                {
                    flags[j] = outcome[screening.PersonIndex[i]];
                    outcomes += flags[j] ? 1 : 0;
                }
            }

            var history = outcome is not null && calibration is not null;
            result.Add(new GroupRow(
                dimension, group, members.Count, flagged, (double)flagged / members.Count,
                history ? ShareEstimate.Wilson(members.Count, outcomes) : null,
                history ? expectedSum / members.Count : null,
                history ? Calibration.Compute(masks, flags, calibration!.Options).ByCount : null));
        }

        return result;
    }

    private static string SexLabel(Sex sex) => sex switch
    {
        Sex.Female => "F",
        Sex.Male => "M",
        Sex.Unknown => "ukendt",
        _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, "Unknown sex."),
    };

    private static string AgeBand(ScreeningResult screening, IReadOnlyList<int> starts, int row)
    {
        var age = ScreeningExplainer.AgeAt(screening.Population.BirthDay[screening.PersonIndex[row]], screening.AsOf);
        var band = 0;
        for (var b = 0; b < starts.Count; b++)
        {
            if (age >= starts[b])
            {
                band = b;
            }
        }

        var from = starts[band];
        var text = band + 1 < starts.Count
            ? string.Create(CultureInfo.InvariantCulture, $"{from:00}–{starts[band + 1] - 1:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{from:00}+");
        return text;
    }
}

using System.Globalization;
using Mestring.Prevention.Factors;
using Mestring.Prevention.Population;

namespace Mestring.Prevention.Screen;

/// <summary>Materialises the data behind one child's factors; only called for rows a person actually looks at.</summary>
internal static class ScreeningExplainer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static ChildExplanation Explain(
        ScreeningFrame frame, int child, uint mask, uint notEvaluated, long familyIncome, int score, Tier tier)
    {
        var pop = frame.Pop;
        var factors = new List<FactorEvidence>(frame.Factors.Length)
        {
            Benefits(frame, child, Status(mask, notEvaluated, ScreeningEngine.BitBenefits)),
            Living(frame, child, Status(mask, notEvaluated, ScreeningEngine.BitNotBoth)),
            Education(frame, child, Status(mask, notEvaluated, ScreeningEngine.BitLowEducation)),
            Income(frame, child, familyIncome, Status(mask, notEvaluated, ScreeningEngine.BitLowIncome)),
        };
        for (var k = 0; k < frame.Indicators.Length; k++)
        {
            factors.Add(Indicator(frame, child, k, Status(mask, notEvaluated, FactorCatalog.FamilyFactorCount + k)));
        }

        return new ChildExplanation(pop.PersonId(child), AgeAt(pop.Birth[child], frame.Options.AsOf), frame.ReferenceYear, score, tier, factors);
    }

    /// <summary>Whole years of age on <paramref name="asOf"/>.</summary>
    internal static int AgeAt(int birthDay, DateOnly asOf)
    {
        var birth = DateOnly.FromDayNumber(birthDay);
        var age = asOf.Year - birth.Year;
        return birth.AddYears(age) > asOf ? age - 1 : age;
    }

    private static FactorStatus Status(uint mask, uint notEvaluated, int bit) =>
        (mask & (1u << bit)) != 0 ? FactorStatus.Present
        : (notEvaluated & (1u << bit)) != 0 ? FactorStatus.NotEvaluated
        : FactorStatus.Absent;

    private static FactorEvidence Benefits(ScreeningFrame frame, int child, FactorStatus status)
    {
        var pop = frame.Pop;
        var year = frame.ReferenceYear;
        var data = new List<EvidenceItem>();
        AddBenefit(data, frame, "mother", pop.MotherOf[child]);
        AddBenefit(data, frame, "father", pop.FatherOf[child]);
        string summary;
        var who = ScreeningEngine.BenefitMember(frame, child);
        if (who >= 0)
        {
            var role = who == pop.MotherOf[child] ? "mother" : who == pop.FatherOf[child] ? "father" : "household_member";
            var benefit = pop.BenefitAt[pop.Slot(who, year)];
            if (role == "household_member")
            {
                data.Add(new EvidenceItem(role, pop.PersonId(who), "benefit", BenefitCodes.ToCode(benefit), year));
            }

            summary = string.Create(Inv, $"{DanishRole(role)} ({pop.PersonId(who)}) havde {BenefitCodes.DanishName(benefit)} i {year}.");
        }
        else
        {
            summary = string.Create(Inv, $"Ingen i familien havde kontanthjælp eller førtidspension i {year}.");
        }

        return Evidence(FactorCatalog.FamilyBenefits, status, summary, data);
    }

    private static void AddBenefit(List<EvidenceItem> data, ScreeningFrame frame, string role, int person)
    {
        var pop = frame.Pop;
        if (person >= 0)
        {
            data.Add(new EvidenceItem(role, pop.PersonId(person), "benefit",
                BenefitCodes.ToCode(pop.BenefitAt[pop.Slot(person, frame.ReferenceYear)]), frame.ReferenceYear));
        }
        else
        {
            data.Add(new EvidenceItem(role, null, "identity", "unknown", null));
        }
    }

    private static FactorEvidence Living(ScreeningFrame frame, int child, FactorStatus status)
    {
        var pop = frame.Pop;
        var year = frame.ReferenceYear;
        var h = pop.HouseholdAt[pop.Slot(child, year)];
        var data = new List<EvidenceItem> { new("child", pop.PersonId(child), "household_id", Format(h), year) };
        var missing = new List<string>();
        foreach (var (role, parent) in new[] { ("mother", pop.MotherOf[child]), ("father", pop.FatherOf[child]) })
        {
            if (parent < 0)
            {
                data.Add(new EvidenceItem(role, null, "identity", "unknown", null));
                missing.Add(string.Create(Inv, $"{DanishRole(role).ToLowerInvariant()} ukendt"));
                continue;
            }

            var ph = pop.HouseholdAt[pop.Slot(parent, year)];
            data.Add(new EvidenceItem(role, pop.PersonId(parent), "household_id", Format(ph), year));
            if (pop.Death[parent] < frame.Jan1Day)
            {
                var died = DateOnly.FromDayNumber(pop.Death[parent]).ToString("yyyy-MM-dd", Inv);
                data.Add(new EvidenceItem(role, pop.PersonId(parent), "death_date", died, null));
                missing.Add(string.Create(Inv, $"{DanishRole(role).ToLowerInvariant()} død {died}"));
            }
            else if (ph != h)
            {
                missing.Add(string.Create(Inv, $"bor ikke med {DanishRole(role).ToLowerInvariant()}"));
            }
        }

        var summary = status switch
        {
            FactorStatus.NotEvaluated => string.Create(Inv, $"Barnets husstand pr. 1. januar {year} er ukendt."),
            FactorStatus.Present => string.Create(Inv, $"Pr. 1. januar {year}: {string.Join(", ", missing)}."),
            _ => string.Create(Inv, $"Barnet boede 1. januar {year} sammen med både mor og far."),
        };
        return Evidence(FactorCatalog.NotLivingWithBothParents, status, summary, data);
    }

    private static FactorEvidence Education(ScreeningFrame frame, int child, FactorStatus status)
    {
        var pop = frame.Pop;
        var data = new List<EvidenceItem>();
        var parts = new List<string>();
        foreach (var (role, parent) in new[] { ("mother", pop.MotherOf[child]), ("father", pop.FatherOf[child]) })
        {
            var isced = frame.EducationUpTo(parent);
            data.Add(new EvidenceItem(role, parent >= 0 ? pop.PersonId(parent) : null, "education_isced",
                isced >= 0 ? Format(isced) : "unknown", frame.ReferenceYear));
            parts.Add(string.Create(Inv, $"{DanishRole(role).ToLowerInvariant()} {(isced >= 0 ? "ISCED " + Format(isced) : "ukendt")}"));
        }

        var summary = status == FactorStatus.NotEvaluated
            ? "Ingen af forældrenes uddannelse er kendt."
            : string.Create(Inv, $"Højeste uddannelse: {string.Join(", ", parts)}.");
        return Evidence(FactorCatalog.ParentsLowEducation, status, summary, data);
    }

    private static FactorEvidence Income(ScreeningFrame frame, int child, long familyIncome, FactorStatus status)
    {
        var year = frame.ReferenceYear;
        ScreeningEngine.FamilyIncome(frame, child, out var h);
        var source = h >= 0 && frame.HouseholdIncomeKnown[h] ? "household_adults" : "parents";
        var data = new List<EvidenceItem>
        {
            new("family", null, "income_basis", source, year),
            new("family", null, "family_income_dkk", familyIncome == ScreeningEngine.NoIncome ? "unknown" : Format(familyIncome), year),
            new("municipality", null, "low_income_threshold_dkk", frame.HasIncomeThreshold ? Format(frame.IncomeThreshold) : "none", year),
            new("municipality", null, "reference_families", Format(frame.FamilyCount), year),
        };
        var summary = status == FactorStatus.NotEvaluated
            ? string.Create(Inv, $"Familiens indkomst i {year} er ukendt.")
            : string.Create(Inv, $"Familiens indkomst i {year}: {familyIncome} kr.; grænsen for kommunens laveste {frame.Options.LowIncomeShare * 100:0.#} % er {frame.IncomeThreshold} kr.");
        return Evidence(FactorCatalog.LowFamilyIncome, status, summary, data);
    }

    private static FactorEvidence Indicator(ScreeningFrame frame, int child, int k, FactorStatus status)
    {
        var indicator = frame.Indicators[k];
        var total = ScreeningEngine.IndicatorTotal(frame, child, k);
        var first = DateOnly.FromDayNumber(frame.WindowFirst[k]).ToString("yyyy-MM-dd", Inv);
        var last = DateOnly.FromDayNumber(frame.WindowLast[k]).ToString("yyyy-MM-dd", Inv);
        var data = new List<EvidenceItem>
        {
            new("child", frame.Pop.PersonId(child), indicator.EventType + ".total", total.ToString("0.##", Inv), null),
            new("child", null, "window", first + "/" + last, null),
            new("municipality", null, "minimum_total", indicator.MinimumTotal.ToString("0.##", Inv), null),
        };
        var summary = string.Create(Inv, $"{total:0.##} ({indicator.EventType}) i perioden {first} – {last}; grænsen er {indicator.MinimumTotal:0.##}.");
        return Evidence(indicator, status, summary, data);
    }

    private static FactorEvidence Evidence(FactorDefinition f, FactorStatus status, string summary, List<EvidenceItem> data) =>
        new(f.Key, f.DanishName, status, summary, data);

    private static string DanishRole(string role) => role switch
    {
        "mother" => "Mor",
        "father" => "Far",
        _ => "Et voksent husstandsmedlem",
    };

    private static string Format(long value) => value.ToString(Inv);
}

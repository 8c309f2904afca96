using Mestring.Numerics;
using Mestring.Registers.Operational;
using Mestring.Synthetic.Model;
using Mestring.Synthetic.Tables;

namespace Mestring.Synthetic.Operational;

/// <summary>
/// The children's casework behind the first children's service (§32, §46 or §47 in services.csv) of each child with a
/// current case, consistent with that history: a notification some months before the decision (a quarter private, half of
/// those anonymous; about 30 % notified again), the §20 investigation from it, the decision a few days before the service
/// starts, barnets plan, the first §95 follow-up, and — when the measure is in force half a year before the 16th or 18th
/// birthday — the ungeplan and the transition. Deadlines are missed at fixed, documented rates (docs/children.md):
/// assessment after 24 hours 12 %, investigation after 4 months 22 % (half of them with a foreløbig vurdering in time),
/// plan after 3 months 15 % (§47: after the decision 30 %), first follow-up after 3 months 20 %, ungeplan 20 %, transition
/// 25 %. Its own random stream (23), so nothing else changes.
/// </summary>
internal static class ChildCases
{
    private static readonly string[] Roles = ["Skole", "Dagtilbud", "Sundhedspleje", "Politi", "Læge", "PPR"];

    public static IReadOnlyList<ChildCase> Build(CaseSource src, IEnumerable<(int Person, List<int> Spells)> people)
    {
        var rng = SeededRandom.Derive(src.Options.Seed, 23);
        var list = new List<ChildCase>();
        foreach (var (person, spells) in people)
        {
            var first = spells.FirstOrDefault(i => src.Programmes[src.Spells[i].Programme] is { Area: Area.Children, LegalBasis: "BL-32" or "BL-46" or "BL-47" }, -1);
            if (first < 0)
            {
                continue;
            }
            var s = src.Spells[first];
            var programme = src.Programmes[s.Programme];
            var birth = src.BirthDay[person];
            var decided = s.Start - rng.Between(3, 14);
            var completed = decided - rng.Between(3, 20);
            var late = rng.Chance(0.22);
            var aware = completed - (late ? rng.Between(125, 200) : rng.Between(45, 115));
            if (aware < birth + 30 || DateOnly.FromDayNumber(s.Start).DayNumber - birth > 18 * 365)
            {
                continue;
            }
            int? preliminary = late && rng.Chance(0.5) ? aware + rng.Between(100, 118) : null;
            var notifications = new List<ChildCaseNotification> { Notification(rng, aware) };
            if (rng.Chance(0.3) && aware + 30 < decided)
            {
                notifications.Add(Notification(rng, rng.Between(aware + 30, decided)));
            }
            var investigation = new ChildCaseInvestigation(At(aware, 10), At(aware + rng.Between(1, 10), 9), preliminary is { } p0 ? At(p0, 12) : null,
                Known(src, completed, 14));
            var committee = programme.LegalBasis == "BL-47";
            var decision = new ChildCaseDecision(programme.LegalBasis, programme.LegalBasis == "BL-32" ? SupportType(programme.Name) : null,
                Ids.Service(first), committee ? At(decided - rng.Between(10, 30), 9) : null, At(decided, 13), At(s.Start, 8),
                s.End <= src.DataEnd ? At(s.End, 16) : null, rng.Chance(0.5) ? 6 : 12);
            var planDay = committee
                ? (rng.Chance(0.3) ? decided + rng.Between(5, 60) : decided - rng.Between(1, 8))
                : decided + (rng.Chance(0.15) ? rng.Between(95, 200) : rng.Between(5, 85));
            var followUp = s.Start + (rng.Chance(0.2) ? rng.Between(95, 180) : rng.Between(30, 85));
            var youth = Birthday(src, person, 16, s, rng, 0.2);
            var transition = Birthday(src, person, 18, s, rng, 0.25);
            list.Add(new ChildCase(Ids.Person(person), notifications, investigation, decision, Known(src, planDay, 11),
                s.End > followUp || s.End > src.DataEnd ? Known(src, followUp, 10) : null, youth, transition));
        }
        return list;
    }

    private static ChildCaseNotification Notification(SeededRandom rng, int day)
    {
        var professional = rng.Chance(0.75);
        var received = At(day, rng.Between(8, 17));
        var hours = rng.Chance(0.12) ? rng.Between(25, 96) : rng.Between(1, 20);
        return new ChildCaseNotification(received, professional, professional ? Roles[rng.NextIntModulo(Roles.Length)] : null,
            !professional && rng.Chance(0.5), received.AddHours(hours), rng.Chance(0.04));
    }

    // The ungeplan / transition for a measure in force half a year before the birthday (recorded before it, or late), or
    // first in force after that and before 18 (due on the birthday, or 3 months after a start past it).
    private static DateTimeOffset? Birthday(CaseSource src, int person, int age, Spell s, SeededRandom rng, double lateRate)
    {
        var born = DateOnly.FromDayNumber(src.BirthDay[person]);
        var birthday = born.AddYears(age).DayNumber;
        var adulthood = born.AddYears(18).DayNumber;
        var lead = birthday - 182;
        if (s.End <= lead || s.Start >= adulthood)
        {
            return null;
        }
        var late = rng.Chance(lateRate);
        int day;
        if (s.Start < birthday)
        {
            day = late ? birthday + rng.Between(10, 120) : Math.Max(s.Start, birthday - rng.Between(1, 150));
        }
        else
        {
            day = s.Start + (late ? rng.Between(95, 200) : rng.Between(5, 85));
        }
        return Known(src, day, 12);
    }

    private static string SupportType(string programme) => programme switch
    {
        "Familiebehandling" => "family-treatment",
        "Kontaktperson" => "contact-person",
        _ => "other",
    };

    private static DateTimeOffset? Known(CaseSource src, int day, int hour) => day <= src.DataEnd ? At(day, hour) : null;

    private static DateTimeOffset At(int day, int hour) => new(DateOnly.FromDayNumber(day).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
}

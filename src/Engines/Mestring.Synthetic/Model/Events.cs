using Mestring.Numerics;
using Mestring.Synthetic.Tables;

namespace Mestring.Synthetic.Model;

/// <summary>
/// Health, justice and child-welfare events. Background rates depend on age and målgrupper; shelter nights and
/// placement days are derived from the §110 and Barnets Lov placement spells (monthly totals), so that both views agree.
/// </summary>
internal static class Events
{
    public static void Background(World w, IReadOnlyList<int> janResidents)
    {
        var rng = w.EventRng;
        var people = w.People;
        var yearStart = w.YearStartDay(w.Year);
        var yearEnd = w.YearStartDay(w.Year + 1) - 1;
        foreach (var p in janResidents)
        {
            var last = yearEnd;
            if (people.DeathDay[p] >= 0) last = Math.Min(last, people.DeathDay[p]);
            if (people.LeaveDay[p] >= 0) last = Math.Min(last, people.LeaveDay[p]);
            var age = people.Age(p, w.Year);
            var pr = people.Problems[p];
            var misuse = (pr & Problem.Misuse) != 0;
            var homeless = (pr & Problem.Homeless) != 0;
            var psych = (pr & Problem.Psychiatric) != 0;
            var acute = age switch { < 18 => 0.03, < 65 => 0.06, < 80 => 0.2, _ => 0.45 };
            if (misuse) acute *= 2.5;
            if (homeless) acute *= 3;
            Emit(w, rng, p, EventTable.AcuteAdmission, acute, yearStart, last);
            var ed = 0.1 * (misuse ? 3 : 1) * (homeless ? 4 : 1) * (psych ? 2 : 1);
            Emit(w, rng, p, EventTable.EdVisit, ed, yearStart, last);
            var psychiatric = psych ? 3.0 : misuse ? 0.8 : 0.005;
            Emit(w, rng, p, EventTable.PsychiatricContact, psychiatric, yearStart, last);
            var crime = (pr & Problem.Crime) != 0 ? 0.4 : misuse ? 0.08 : age is >= 15 and < 30 ? 0.006 : 0.001;
            Emit(w, rng, p, EventTable.Conviction, crime, yearStart, last);
            if (age < 18)
            {
                var notification = 0.015 + ((pr & Problem.Neglect) != 0 ? 0.9 : 0) + ((pr & Problem.Acting) != 0 ? 0.35 : 0);
                Emit(w, rng, p, EventTable.Notification, notification, yearStart, last);
            }
            if (age is >= 7 and <= 16)
            {
                var mean = 6 + 20 * people.Frailty[p] + ((pr & (Problem.Neglect | Problem.Acting)) != 0 ? 15 : 0);
                var days = (int)Math.Max(0, mean * (0.5 + rng.NextDouble()));
                var day = new DateOnly(w.Year, 6, 30).DayNumber;
                // Only problematic absence (10+ days in the school year) is registered as an event.
                if (days >= 10 && day <= last)
                {
                    w.Events.Add(p, day, EventTable.SchoolAbsenceDay, days);
                }
            }
        }
    }

    private static void Emit(World w, SeededRandom rng, int person, int type, double lambda, int first, int last)
    {
        if (last < first)
        {
            return;
        }
        var slices = Math.Max(4, (int)Math.Ceiling(lambda) + 1);
        var p = lambda / slices;
        for (var i = 0; i < slices; i++)
        {
            if (rng.NextDouble() < p)
            {
                w.Events.Add(person, first + rng.NextIntModulo(last - first + 1), type, 1);
            }
        }
    }

    /// <summary>Monthly shelter nights and placement days from the spells, bounded by death and the data window.</summary>
    public static void FromSpells(World w, IReadOnlyList<Programme> programmes)
    {
        var windowStart = w.YearStartDay(w.Options.FirstYear);
        foreach (var spell in w.Services.Spells)
        {
            var programme = programmes[spell.Programme];
            int type;
            if (programme.TilbudType == "herberg")
            {
                type = EventTable.ShelterNight;
            }
            else if (programme.Area == Area.Children && programme.Residential)
            {
                type = EventTable.PlacementDay;
            }
            else
            {
                continue;
            }
            var death = w.People.DeathDay[spell.Person];
            var last = Math.Min(spell.End, w.DataEndDay);
            if (death >= 0)
            {
                last = Math.Min(last, death);
            }
            var day = Math.Max(spell.Start, windowStart);
            while (day <= last)
            {
                var date = DateOnly.FromDayNumber(day);
                var monthEnd = new DateOnly(date.Year, date.Month, 1).AddMonths(1).DayNumber - 1;
                var to = Math.Min(monthEnd, last);
                w.Events.Add(spell.Person, day, type, to - day + 1, spell.Provider);
                day = to + 1;
            }
        }
    }
}

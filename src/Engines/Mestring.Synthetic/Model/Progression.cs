using Mestring.Numerics;
using Mestring.Synthetic.Tables;
using Mestring.Terminology;

namespace Mestring.Synthetic.Model;

/// <summary>
/// Assessments and progression. For an assessed spell: a baseline udredning on the start date (level 1–3 on the
/// addressed FFB condition, plus a secondary condition), one follow-up at min(start + 365 days, end) when that is at
/// least 90 days after the start and the person is still alive and resident. Progression = baseline level − follow-up
/// level, with expectation exactly μ = base(programme) + 0.15·(baseline − 2) − 0.10·[age ≥ 50] + method effect +
/// provider effect: the change is ⌊μ + U⌋ with U uniform on [0, 1), whose mean is μ, so effects are additive on the
/// observed integer scale and never clipped (|μ| &lt; 1, baseline 1–3).
/// </summary>
internal sealed class Progression
{
    private static readonly string[] Secondary =
        ["Varetage egen sundhed", "Lave mad", "Indgå i samspil og kontakt", "Varetage økonomi", "Færdes med transportmidler", "Varetage relationer til netværk"];

    private readonly World _w;
    private readonly List<Pending> _pending = [];
    private readonly Dictionary<(int Person, int Condition), int> _assessedUntil = [];

    public Progression(World w)
    {
        _w = w;
        var branches = FfbBranches.Default;
        ConditionCodes = branches.Ffb.DescendantsOf(branches.ActivityAndParticipation.Code).Select(c => c.Code).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The Aktivitet-og-deltagelse codes in ordinal order; an assessment stores the rank.</summary>
    public string[] ConditionCodes { get; }

    public int Rank(string display) => Array.BinarySearch(ConditionCodes, Ffb.Condition(display), StringComparer.Ordinal);

    public int BaselineLevel(SeededRandom rng, int person)
    {
        var f = _w.People.Frailty[person];
        var u = rng.NextDouble();
        var p3 = 0.15 + 0.5 * f;
        var p1 = 0.35 * (1 - f);
        return u < p3 ? 3 : u < p3 + p1 ? 1 : 2;
    }

    /// <summary>Expected progression (function levels gained) for a spell, before rounding.</summary>
    public static double Mu(Programme programme, SimProvider provider, Method method, int baseline, int age) =>
        programme.BaseProgression + 0.15 * (baseline - 2) - (age >= 50 ? 0.10 : 0) + method.Progression + provider.Effect;

    public void Plan(int spellIndex, Programme programme, SimProvider provider, Method method, int baseline, int year)
    {
        var rng = _w.InterventionRng;
        var spell = _w.Services.Spells[spellIndex];
        var person = spell.Person;
        var condition = Rank(programme.ConditionDisplay!);
        if (_assessedUntil.TryGetValue((person, condition), out var until) && until >= spell.Start)
        {
            return; // already followed on this condition by another service: not assessed for this one
        }
        var followUp = spell.Start + Math.Min(365, spell.End - spell.Start);
        _assessedUntil[(person, condition)] = followUp;
        var secondary = Rank(Secondary[rng.NextIntModulo(Secondary.Length)]);
        if (secondary == condition)
        {
            secondary = Rank(Secondary[0]) == condition ? Rank(Secondary[1]) : Rank(Secondary[0]);
        }
        var secondaryLevel = Math.Clamp(baseline + rng.Between(-1, 1), 0, 4);
        Emit(person, spell.Start, condition, baseline, rng);
        Emit(person, spell.Start, secondary, rng.Chance(0.08) ? -1 : secondaryLevel, rng);
        var age = _w.People.Age(person, DateOnly.FromDayNumber(spell.Start).Year);
        var mu = Math.Clamp(Mu(programme, provider, method, baseline, age), -0.999, 0.999);
        var change = (int)Math.Floor(mu + rng.NextDouble());
        if (followUp - spell.Start >= 90)
        {
            var missing = rng.Chance(0.04);
            _pending.Add(new Pending(followUp, person, condition, missing ? -1 : baseline - change, Kind.Assessment));
            _pending.Add(new Pending(followUp, person, secondary, rng.Chance(0.08) ? -1 : Math.Clamp(secondaryLevel + (rng.Chance(0.2) ? rng.Between(-1, 1) : 0), 0, 4), Kind.Assessment));
        }
        // Later outcomes: extra events in the 365 days after the start, additive in the method's effects — for every
        // assessed service, children's too, so that a method's planted effect is the same wherever it is used.
        foreach (var later in LaterEvents)
        {
            var lambda = later.Base + later.PerLevel * (baseline - 2) + later.Effect(method);
            for (var m = 0; m < 12; m++)
            {
                if (rng.Chance(lambda / 12))
                {
                    _pending.Add(new Pending(spell.Start + 30 * m + rng.NextIntModulo(30), person, later.EventType, 1, Kind.Event));
                }
            }
        }
        _ = year;
    }

    private void Emit(int person, int day, int condition, int level, SeededRandom rng)
    {
        var support = level < 0 ? -1 : Math.Clamp(level + (rng.Chance(0.2) ? -1 : rng.Chance(0.25) ? 1 : 0), 0, 4);
        _w.Assessments.Add(person, day, condition, level, support);
    }

    /// <summary>Writes the follow-ups and later events that fall in the year, for people still alive and resident then.</summary>
    public void Flush(int year)
    {
        var rng = _w.InterventionRng;
        var yearEnd = _w.YearStartDay(year + 1) - 1;
        var people = _w.People;
        var keep = new List<Pending>();
        foreach (var item in _pending)
        {
            if (item.Day > yearEnd)
            {
                keep.Add(item);
                continue;
            }
            var dead = people.DeathDay[item.Person] >= 0 && people.DeathDay[item.Person] < item.Day;
            var gone = people.LeaveDay[item.Person] >= 0 && people.LeaveDay[item.Person] < item.Day;
            if (dead || gone || item.Day > _w.DataEndDay)
            {
                continue;
            }
            if (item.Kind == Kind.Assessment)
            {
                Emit(item.Person, item.Day, item.Condition, item.Level, rng);
            }
            else
            {
                _w.Events.Add(item.Person, item.Day, item.Condition, 1);
            }
        }
        _pending.Clear();
        _pending.AddRange(keep);
    }

    private enum Kind
    {
        Assessment,
        Event,
    }

    /// <summary>For an assessment the condition rank; for an event the <see cref="EventTable"/> type.</summary>
    private readonly record struct Pending(int Day, int Person, int Condition, int Level, Kind Kind);

    /// <summary>
    /// A later event outcome of everyone in assessed programmes: expected extra events in the year after the start =
    /// base + perLevel·(baseline − 2) + the method's effect. The smallest base (baseline 1) is 0.15, 0.25 and 0.30, above
    /// every method's negative effect, so no rate is clipped.
    /// </summary>
    internal sealed record LaterEvent(string Outcome, int EventType, double Base, double PerLevel, Func<Method, double> Effect);

    /// <summary>The planted later event outcomes, named as in the ground truth.</summary>
    public static IReadOnlyList<LaterEvent> LaterEvents { get; } =
    [
        new(Outcomes.AcuteAdmissions12m, EventTable.AcuteAdmission, 0.25, 0.10, m => m.AcuteAdmissions),
        new(Outcomes.EdVisits12m, EventTable.EdVisit, 0.35, 0.10, m => m.EdVisits),
        new(Outcomes.PsychiatricContacts12m, EventTable.PsychiatricContact, 0.50, 0.20, m => m.PsychiatricContacts),
    ];
}

using Mestring.Registers;
using Mestring.Numerics;
using Mestring.Synthetic.Tables;

namespace Mestring.Synthetic.Model;

/// <summary>
/// Interventions as a stock-flow per programme: each year a number of eligible people enter (sized so that distinct
/// recipients per year match the programme's rate), start dates are spread evenly over the year and durations around
/// the programme's mean. Who enters, which provider and which method depend only on things written to the data
/// (age, target group, area, baseline function level, provider level); progression then adds the method's and the
/// provider's planted effects to a case-mix term (see <see cref="Progression"/>).
/// </summary>
internal sealed class Interventions
{
    private readonly World _w;
    private readonly IReadOnlyList<Programme> _programmes;
    private readonly List<SimProvider>[] _providersOf;
    private readonly List<int>[] _active;
    private readonly Progression _progression;
    private int _roundRobin;

    public Interventions(World w, IReadOnlyList<Programme> programmes)
    {
        _w = w;
        _programmes = programmes;
        _providersOf = programmes.Select(p => w.Providers.Where(x => x.Programme == p && !x.Quarantined).ToList()).ToArray();
        _active = programmes.Select(_ => new List<int>()).ToArray();
        _progression = new Progression(w);
    }

    public IReadOnlyList<Programme> Programmes => _programmes;

    public Progression Progression => _progression;

    public void Run(int year)
    {
        var yearStart = _w.YearStartDay(year);
        foreach (var list in _active)
        {
            list.RemoveAll(s => _w.Services.Spells[s].End < yearStart);
        }
        foreach (var (person, spells) in _w.ActiveServices)
        {
            spells.RemoveAll(s => _w.Services.Spells[s].End < yearStart);
        }
        var candidates = Candidates();
        foreach (var programme in _programmes)
        {
            var perThousand = _w.ResidentCount / 1000.0;
            var entries = programme.RecipientsPer1000 / (programme.MeanYears + 1) * perThousand;
            if (year == _w.Options.FirstYear)
            {
                Enter(programme, candidates, Round(programme.RecipientsPer1000 * programme.MeanYears / (programme.MeanYears + 1) * perThousand), year, initial: true);
            }
            Enter(programme, candidates, Round(entries), year, initial: false);
        }
    }

    private int Round(double x)
    {
        var n = (int)Math.Floor(x);
        return _w.InterventionRng.Chance(x - n) ? n + 1 : n;
    }

    private List<int> Candidates()
    {
        var people = _w.People;
        var list = new List<int>();
        for (var p = 0; p < people.Count; p++)
        {
            if (people.IsResident(p) && people.Problems[p] != Problem.None)
            {
                list.Add(p);
            }
        }
        return list;
    }

    private void Enter(Programme programme, List<int> candidates, int count, int year, bool initial)
    {
        if (count <= 0 || _providersOf[programme.Index].Count == 0)
        {
            return;
        }
        var rng = _w.InterventionRng;
        var people = _w.People;
        var eligible = new List<(int Person, double Weight)>();
        var maxWeight = 0.0;
        foreach (var p in candidates)
        {
            var weight = Weight(programme, p, year);
            if (weight > 0)
            {
                eligible.Add((p, weight));
                maxWeight = Math.Max(maxWeight, weight);
            }
        }
        var chosen = new HashSet<int>();
        var picks = new List<int>();
        for (var attempts = 0; picks.Count < Math.Min(count, eligible.Count) && attempts < count * 200; attempts++)
        {
            var (p, weight) = eligible[rng.NextIntModulo(eligible.Count)];
            if (rng.NextDouble() * maxWeight < weight && chosen.Add(p))
            {
                picks.Add(p);
            }
        }
        var daysInYear = DateTime.IsLeapYear(year) ? 366 : 365;
        var yearStart = _w.YearStartDay(year);
        for (var k = 0; k < picks.Count; k++)
        {
            var lo = (1 - programme.DurationSpread) * programme.MeanYears * 365.25;
            var hi = (1 + programme.DurationSpread) * programme.MeanYears * 365.25;
            int start, duration;
            if (initial)
            {
                // People already in the programme on 1 January: length-biased durations, uniformly elapsed.
                duration = (int)Math.Sqrt(lo * lo + rng.NextDouble() * (hi * hi - lo * lo));
                start = yearStart - (int)(rng.NextDouble() * duration);
            }
            else
            {
                duration = (int)(lo + rng.NextDouble() * (hi - lo));
                start = yearStart + (int)((k + rng.NextDouble()) * daysInYear / picks.Count);
            }
            Start(programme, picks[k], Math.Max(start, people.BirthDay[picks[k]]), Math.Max(duration, 14), year);
        }
    }

    private double Weight(Programme programme, int p, int year)
    {
        var people = _w.People;
        var age = people.Age(p, year);
        if (age < programme.MinAge || age > programme.MaxAge || (programme.WomenOnly && people.Sex[p] != Sex.F))
        {
            return 0;
        }
        if (programme.Requires != Problem.None && !people.Has(p, programme.Requires))
        {
            return 0;
        }
        if (TargetGroupOf(programme, p) is null)
        {
            return 0;
        }
        if (_w.ActiveServices.TryGetValue(p, out var spells))
        {
            var preferred = false;
            foreach (var s in spells)
            {
                var other = _programmes[_w.Services.Spells[s].Programme];
                if (other == programme || (programme.Residential && other.Residential))
                {
                    return 0;
                }
                preferred |= programme.PreferWith.Contains(other.Name);
            }
            if (preferred)
            {
                return (0.2 + people.Frailty[p]) * programme.PreferWeight;
            }
        }
        var weight = 0.2 + people.Frailty[p];
        return age < 30 ? weight * programme.YoungWeight : weight;
    }

    public static Problem? TargetGroupOf(Programme programme, Population people, int p)
    {
        foreach (var group in programme.TargetGroups)
        {
            if (people.Has(p, group))
            {
                return group;
            }
        }
        return null;
    }

    private Problem? TargetGroupOf(Programme programme, int p) => TargetGroupOf(programme, _w.People, p);

    private void Start(Programme programme, int person, int start, int duration, int year)
    {
        var rng = _w.InterventionRng;
        var people = _w.People;
        var end = start + duration - 1;
        if (programme.MaxAge < 30)
        {
            // Children's measures end when the young person outgrows the programme.
            var limit = new DateOnly(people.BirthYear(person) + programme.MaxAge + 1, 1, 1).DayNumber - 1;
            end = Math.Max(start, Math.Min(end, limit));
        }
        var baseline = programme.ConditionDisplay is null ? 2 : _progression.BaselineLevel(rng, person);
        var provider = programme.TilbudType == "herberg" ? FreeBed(programme, start) : PickProvider(programme, person, baseline);
        if (provider is null)
        {
            return; // every herberg is full: the leader turns the person away
        }
        var method = PickMethod(provider, baseline);
        var units = programme.UnitsPerWeek.Min + rng.NextDouble() * (programme.UnitsPerWeek.Max - programme.UnitsPerWeek.Min);
        var spell = new Spell
        {
            Person = person,
            Provider = provider.Index,
            Programme = programme.Index,
            Start = start,
            End = end,
            UnitsPerWeek = Math.Round((decimal)units * 2) / 2,
            Price = provider.Takst,
            Method = Methods.All.ToList().IndexOf(method),
            Level = provider.Level,
            TargetGroup = Array.IndexOf(Problems.TargetGroups, TargetGroupOf(programme, person)!.Value),
        };
        if (programme.Residential && programme.Area == Area.Children)
        {
            people.Problems[person] |= Problem.WasPlaced;
        }
        var index = _w.Services.Add(spell);
        _active[programme.Index].Add(index);
        if (!_w.ActiveServices.TryGetValue(person, out var list))
        {
            _w.ActiveServices[person] = list = [];
        }
        list.Add(index);
        if (programme.ConditionDisplay is not null)
        {
            _progression.Plan(index, programme, provider, method, baseline, year);
        }
    }

    /// <summary>Herberg have fixed places and admit in turn where a bed is free (§110: the leader decides admission).</summary>
    private SimProvider? FreeBed(Programme programme, int day)
    {
        var providers = _providersOf[programme.Index];
        for (var i = 0; i < providers.Count; i++)
        {
            var candidate = providers[_roundRobin++ % providers.Count];
            var occupied = 0;
            foreach (var s in _active[programme.Index])
            {
                var spell = _w.Services.Spells[s];
                if (spell.Provider == candidate.Index && spell.Start <= day && spell.End >= day)
                {
                    occupied++;
                }
            }
            if (occupied < candidate.Capacity)
            {
                return candidate;
            }
        }
        return null;
    }

    private SimProvider PickProvider(Programme programme, int person, int baseline)
    {
        var providers = _providersOf[programme.Index];
        var area = _w.People.HouseholdArea[_w.People.Household[person]];
        Span<double> weights = stackalloc double[providers.Count];
        for (var i = 0; i < providers.Count; i++)
        {
            var p = providers[i];
            weights[i] = (p.HomeArea == area ? 2.0 : 1.0) * (1 + 0.4 * (p.Level - 2) * (baseline - 2)) + 0.05;
        }
        return providers[_w.InterventionRng.Pick(weights)];
    }

    private Method PickMethod(SimProvider provider, int baseline)
    {
        if (provider.Methods.Count == 1)
        {
            return provider.Methods[0];
        }
        var share = provider.Programme.Methods.First(m => m.Method == provider.Methods[1]).Share;
        // More severe cases (a higher baseline level, written to the data) are more often given the named method.
        var p = Math.Clamp(1.6 * share * (1 + 0.35 * (baseline - 2)), 0.05, 0.95);
        return _w.InterventionRng.Chance(p) ? provider.Methods[1] : provider.Methods[0];
    }

    /// <summary>Ends the person's active spells at death — except at a provider planted to keep billing after death.</summary>
    public static void EndAtDeath(World w, int person, int day)
    {
        if (!w.ActiveServices.TryGetValue(person, out var spells))
        {
            return;
        }
        foreach (var s in spells)
        {
            var spell = w.Services.Spells[s];
            if (spell.End < day)
            {
                continue;
            }
            var provider = w.Providers[spell.Provider];
            spell.End = provider.Anomalies.Contains(AnomalyKinds.BillingAfterDeath)
                ? Math.Min(spell.End, day + w.AnomalyRng.Between(60, 200))
                : day;
            w.Services.Spells[s] = spell;
        }
        spells.Clear();
    }
}

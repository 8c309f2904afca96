namespace Mestring.Application.Steering;

/// <summary>
/// Turns one set of citizens' casework into steering facts (citizen × year × cut × key). Pure: the same input gives
/// the same facts. Spending is the weekly cost of each started intervention over the days it ran in the year (an
/// open-ended one runs to the end of <c>buildYear</c>); a citizen counts once in every key they had spending in.
/// </summary>
public static class SteeringFactBuilder
{
    /// <summary>The weekly cost of a service (a monthly unit is spread over the year's weeks), as the overview has always counted it.</summary>
    public static decimal WeeklyCost(ServiceUnit unit, decimal units, decimal price) =>
        unit == ServiceUnit.Month ? units * price * 12m / 52m : units * price;

    public static IEnumerable<FactValue> Build(SteeringInput input, int buildYear)
    {
        ArgumentNullException.ThrowIfNull(input);
        var interventions = input.Interventions.Where(i => i.Status is InterventionStatus.Active or InterventionStatus.Ended)
            .ToLookup(i => i.CitizenId);
        var goals = input.Goals.ToLookup(g => g.CitizenId);
        var levels = input.LatestLevels.ToDictionary(l => (l.CitizenId, l.ConditionCode));
        var withPlan = input.PlanCitizens.ToHashSet();
        var followUps = input.OpenFollowUps.ToLookup(f => f.CitizenId);
        foreach (var citizen in input.Citizens)
        {
            var own = interventions[citizen.Id].ToList();
            var ownGoals = goals[citizen.Id].ToList();
            foreach (var fact in Spending(citizen, own, buildYear)
                .Concat(Progress(citizen.Id, own, ownGoals, levels))
                .Concat(Goals(citizen.Id, ownGoals))
                .Concat(Quality(citizen.Id, withPlan.Contains(citizen.Id), ownGoals, followUps[citizen.Id]))
                .Concat(Transition(citizen, own, ownGoals.Count > 0, buildYear)))
            {
                yield return fact;
            }
        }
    }

    private static IEnumerable<FactValue> Spending(CitizenRow citizen, List<InterventionRow> own, int buildYear)
    {
        if (own.Count == 0)
        {
            yield break;
        }
        var first = own.Min(i => i.Start.Year);
        string? previousLevel = null;
        for (var year = first; year <= buildYear; year++)
        {
            var spent = new List<(InterventionRow I, decimal Amount)>();
            foreach (var i in own)
            {
                var days = DaysIn(i, year, buildYear);
                if (days > 0)
                {
                    spent.Add((i, decimal.Round(WeeklyCost(i.Unit, i.UnitsPerWeek, i.UnitPrice) * days / 7m, 2)));
                }
            }
            if (spent.Count == 0)
            {
                previousLevel = null;
                continue;
            }
            var total = spent.Sum(s => s.Amount);
            yield return new FactValue(citizen.Id, year, SteeringCuts.Total, "", 1, total, 0, 0, 0);
            yield return new FactValue(citizen.Id, year, SteeringCuts.Area, citizen.Area ?? SteeringCuts.Unknown, 1, total, 0, 0, 0);
            foreach (var (cut, keyOf) in KeyedCuts)
            {
                foreach (var g in spent.GroupBy(s => keyOf(s.I), StringComparer.Ordinal))
                {
                    yield return new FactValue(citizen.Id, year, cut, g.Key, 1, g.Sum(s => s.Amount), 0, 0, 0);
                }
            }
            var level = spent.Max(s => s.I.Level) is { } top ? top.ToString(CultureInfo.InvariantCulture) : SteeringCuts.Unknown;
            if (previousLevel is not null && previousLevel != level)
            {
                yield return new FactValue(citizen.Id, year, SteeringCuts.LevelMove, SteeringCuts.Join(previousLevel, level), 1, 0, 0, 0, 0);
            }
            previousLevel = level;
        }
    }

    private static readonly (string Cut, Func<InterventionRow, string> Key)[] KeyedCuts =
    [
        (SteeringCuts.Basis, i => i.LegalBasis),
        (SteeringCuts.Target, i => i.TargetGroupCode ?? SteeringCuts.Unknown),
        (SteeringCuts.Provider, i => i.ProviderId.ToString("N")),
        (SteeringCuts.Level, LevelKey),
        (SteeringCuts.LevelTarget, i => SteeringCuts.Join(LevelKey(i), i.TargetGroupCode ?? SteeringCuts.Unknown)),
        (SteeringCuts.LevelBasis, i => SteeringCuts.Join(LevelKey(i), i.LegalBasis)),
        (SteeringCuts.Method, i => i.Method),
    ];

    private static string LevelKey(InterventionRow i) => i.Level is { } l ? l.ToString(CultureInfo.InvariantCulture) : SteeringCuts.Unknown;

    /// <summary>Days the intervention ran in <paramref name="year"/> (both ends counted).</summary>
    public static int DaysIn(InterventionRow i, int year, int buildYear)
    {
        ArgumentNullException.ThrowIfNull(i);
        var end = i.End ?? new DateOnly(buildYear, 12, 31);
        var from = i.Start > new DateOnly(year, 1, 1) ? i.Start : new DateOnly(year, 1, 1);
        var to = end < new DateOnly(year, 12, 31) ? end : new DateOnly(year, 12, 31);
        return to < from ? 0 : to.DayNumber - from.DayNumber + 1;
    }

    // A goal's gain is its baseline minus the latest level of its condition (lower is better), credited in the year of
    // that assessment to the interventions that serve the goal, in equal shares.
    private static IEnumerable<FactValue> Progress(Guid citizen, List<InterventionRow> own, List<GoalRow> goals, Dictionary<(Guid, string), LevelRow> levels)
    {
        foreach (var goal in goals)
        {
            if (goal.BaselineLevel is not { } baseline || !levels.TryGetValue((citizen, goal.ConditionCode), out var latest))
            {
                continue;
            }
            var serving = own.Where(i => i.GoalIds.Contains(goal.Id)).ToList();
            if (serving.Count == 0)
            {
                continue;
            }
            var share = decimal.Round((decimal)(baseline - latest.Level) / serving.Count, 4);
            foreach (var i in serving)
            {
                yield return new FactValue(citizen, latest.Date.Year, SteeringCuts.Method, i.Method, 0, 0, 0, 0, share);
                yield return new FactValue(citizen, latest.Date.Year, SteeringCuts.Provider, i.ProviderId.ToString("N"), 0, 0, 0, 0, share);
            }
        }
    }

    private static IEnumerable<FactValue> Goals(Guid citizen, List<GoalRow> goals) =>
        goals.GroupBy(g => (g.DueDate.Year, g.Status)).Select(g => new FactValue(
            citizen, g.Key.Year, SteeringCuts.Goals, g.Key.Status.ToString(), 0, 0, g.Count(), g.Key.Status == GoalStatus.Achieved ? g.Count() : 0, 0));

    private static IEnumerable<FactValue> Quality(Guid citizen, bool hasPlan, List<GoalRow> goals, IEnumerable<FollowUpRow> openFollowUps)
    {
        if (hasPlan && goals.Count == 0)
        {
            yield return new FactValue(citizen, 0, SteeringCuts.Quality, SteeringCuts.PlansWithoutGoals, 1, 0, 1, 0, 0);
        }
        var noBaseline = goals.Count(g => g.Status == GoalStatus.Active && g.BaselineLevel is null);
        if (noBaseline > 0)
        {
            yield return new FactValue(citizen, 0, SteeringCuts.Quality, SteeringCuts.GoalsWithoutBaseline, 1, 0, noBaseline, 0, 0);
        }
        foreach (var due in openFollowUps.GroupBy(f => f.DueDate))
        {
            yield return new FactValue(citizen, 0, SteeringCuts.FollowUpDue, due.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 1, 0, due.Count(), 0, 0);
        }
    }

    // A young person turning 18 in a year who had support in the year before the birthday: is there a shared plan with goals?
    private static IEnumerable<FactValue> Transition(CitizenRow citizen, List<InterventionRow> own, bool hasGoals, int buildYear)
    {
        var adult = citizen.BirthDate.AddYears(18);
        if (adult.Year > buildYear)
        {
            yield break;
        }
        var yearBefore = adult.AddYears(-1);
        var supported = own.Any(i => i.Start < adult && (i.End ?? DateOnly.MaxValue) >= yearBefore);
        if (supported)
        {
            yield return new FactValue(citizen.Id, adult.Year, SteeringCuts.Transition, hasGoals ? SteeringCuts.WithPlan : SteeringCuts.WithoutPlan, 1, 0, 0, 0, 0);
        }
    }
}

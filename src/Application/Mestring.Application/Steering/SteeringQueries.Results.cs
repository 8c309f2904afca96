using Mestring.Data.Steering;

namespace Mestring.Application.Steering;

public sealed partial class SteeringQueries
{
    /// <summary>
    /// The costliest 10 % and 20 % of citizens in the last full year: their share of the spending, and of the growth from
    /// the year before (their own change in spending against the municipality's).
    /// </summary>
    private async Task<SteeringTable> CostliestAsync(CancellationToken ct)
    {
        var years = Years(await CellsAsync(SteeringCuts.Total, ct));
        var last = LastFullYear(years);
        var facts = await db.Set<SteeringFact>().AsNoTracking()
            .Where(f => f.MunicipalityId == _municipality && f.Cut == SteeringCuts.Total && (f.Year == last || f.Year == last - 1))
            .Select(f => new { f.CitizenId, f.Year, f.Spending }).ToListAsync(ct);
        var now = facts.Where(f => f.Year == last).OrderByDescending(f => f.Spending).ThenBy(f => f.CitizenId).ToList();
        var before = facts.Where(f => f.Year == last - 1).ToDictionary(f => f.CitizenId, f => f.Spending);
        var total = now.Sum(f => f.Spending);
        var growth = total - before.Values.Sum();
        var rows = new List<(string, decimal?[])>();
        foreach (var share in new[] { 10, 20 })
        {
            var top = now.Take((int)Math.Ceiling(now.Count * share / 100.0)).ToList();
            var spent = top.Sum(f => f.Spending);
            var grew = top.Sum(f => f.Spending - before.GetValueOrDefault(f.CitizenId));
            rows.Add(("top" + share.ToString(CultureInfo.InvariantCulture), [top.Count, spent, Percent(spent, total), grew, Percent(grew, growth)]));
        }
        rows.Add(("all", [now.Count, total, now.Count == 0 ? null : 100m, growth, growth == 0 ? null : 100m]));
        var columns = new SteeringColumn[] { new("citizens", SteeringValueKind.Count), new("spending:" + Y(last), SteeringValueKind.Money, 0),
            new("spendingShare", SteeringValueKind.Percent, 0), new("growth", SteeringValueKind.Money, 0), new("growthShare", SteeringValueKind.Percent, 0) };
        SteeringReading? reading = now.Count < 10 * SteeringTable.Limit ? null : new("costliest", [ReadingArg.Of(SteeringKeyKind.Year, Y(last)),
            ReadingArg.Of(SteeringValueKind.Percent, rows[0].Item2[2] ?? 0), ReadingArg.Of(SteeringValueKind.Percent, rows[0].Item2[4] ?? 0),
            ReadingArg.Of(SteeringValueKind.Percent, rows[1].Item2[2] ?? 0)]);
        return Table("costliest", SteeringKeyKind.Metric, columns, rows, null, [2, 4], reading);
    }

    /// <summary>Function levels gained per 1,000 DKK spent, by intervention type or by provider, over the whole history.</summary>
    private async Task<SteeringTable> ProgressionAsync(string cut, CancellationToken ct)
    {
        var cells = await CellsAsync(cut, ct);
        var rows = cells.GroupBy(c => c.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var spent = g.Sum(c => c.Spending);
            var gained = g.Sum(c => c.Progress);
            // Citizens over the history are not additive across years; the largest year is the row's size for suppression.
            return (g.Key, new decimal?[] { g.Max(c => c.Citizens), spent, decimal.Round(gained, 1), spent == 0 ? null : decimal.Round(1000m * gained / spent, 4) });
        }).ToList();
        var columns = new SteeringColumn[] { new("citizensMaxYear", SteeringValueKind.Count), new("spendingAllYears", SteeringValueKind.Money, 0),
            new("levelsGained", SteeringValueKind.Number, 0), new("levelsPer1000", SteeringValueKind.Number, 0) };
        var table = Table("progression", KindOf(cut), columns, rows, null, [3], null);
        var best = table.Rows.Where(r => r.Values[3] is not null).OrderByDescending(r => r.Values[3]).FirstOrDefault();
        return table with
        {
            Reading = best is null ? null : new("progression", [ReadingArg.Of(table.RowKind, best.Key), ReadingArg.Of(SteeringValueKind.Number, best.Values[3]!.Value * 100)]),
        };
    }

    /// <summary>Goals by status in the year they were due, and the share met of those closed.</summary>
    private async Task<SteeringTable> GoalsAsync(CancellationToken ct)
    {
        var cells = await CellsAsync(SteeringCuts.Goals, ct);
        var statuses = Enum.GetValues<GoalStatus>();
        var columns = statuses.Select(s => new SteeringColumn(s.ToString(), SteeringValueKind.Count))
            .Append(new SteeringColumn("achievedShare", SteeringValueKind.Percent, Array.IndexOf(statuses, GoalStatus.Achieved))).ToList();
        var rows = cells.Where(c => c.Year <= ThisYear).GroupBy(c => c.Year).OrderBy(g => g.Key).Select(g =>
        {
            var counts = statuses.Select(s => (decimal)(g.FirstOrDefault(c => c.Key == s.ToString())?.Items ?? 0)).ToArray();
            var closed = g.Where(c => c.Key != nameof(GoalStatus.Active) && c.Key != nameof(GoalStatus.Cancelled)).Sum(c => c.Items);
            return (Y(g.Key), counts.Select(v => (decimal?)v).Append(Percent(g.Sum(c => c.ItemsMet), closed)).ToArray());
        }).ToList();
        var total = Enumerable.Range(0, statuses.Length).Select(c => (decimal?)rows.Sum(r => r.Item2[c] ?? 0)).Append(null).ToArray();
        var table = Table("goals", SteeringKeyKind.Year, columns, rows, total, [columns.Count - 1], null, rowTotals: true);
        var last = table.Rows.LastOrDefault(r => r.Values[^1] is not null && int.Parse(r.Key, CultureInfo.InvariantCulture) < ThisYear);
        return table with
        {
            Reading = last is null ? null : new("goals", [ReadingArg.Of(SteeringKeyKind.Year, last.Key), ReadingArg.Of(SteeringValueKind.Percent, last.Values[^1]!.Value)]),
        };
    }

    /// <summary>The quality of the casework now: overdue follow-ups, plans without goals, active goals without a baseline.</summary>
    private async Task<SteeringTable> QualityAsync(CancellationToken ct)
    {
        var today = clock.TodayInDenmark().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var due = await CellsAsync(SteeringCuts.FollowUpDue, ct);
        var quality = await CellsAsync(SteeringCuts.Quality, ct);
        var overdue = due.Where(c => string.CompareOrdinal(c.Key, today) < 0).ToList();
        decimal Of(string key) => quality.FirstOrDefault(c => c.Key == key)?.Items ?? 0;
        var rows = new List<(string, decimal?[])>
        {
            ("overdueFollowUps", [overdue.Sum(c => c.Items)]),
            (SteeringCuts.PlansWithoutGoals, [Of(SteeringCuts.PlansWithoutGoals)]),
            (SteeringCuts.GoalsWithoutBaseline, [Of(SteeringCuts.GoalsWithoutBaseline)]),
        };
        var table = Table("quality", SteeringKeyKind.Metric, [new SteeringColumn("items", SteeringValueKind.Count)], rows, null, [0], null);
        return table with
        {
            Reading = new("quality", [.. table.Rows.Select(r => r.Values[0] is { } v ? ReadingArg.Of(SteeringValueKind.Count, v) : new ReadingArg(null, null, SteeringValueKind.Count, null))]),
        };
    }

    /// <summary>Young people turning 18 who had support in the year before: with and without a shared plan with goals.</summary>
    private async Task<SteeringTable> TransitionsAsync(CancellationToken ct)
    {
        var cells = await CellsAsync(SteeringCuts.Transition, ct);
        var columns = new SteeringColumn[] { new(SteeringCuts.WithPlan, SteeringValueKind.Count), new(SteeringCuts.WithoutPlan, SteeringValueKind.Count),
            new("withoutShare", SteeringValueKind.Percent, 1) };
        var rows = cells.GroupBy(c => c.Year).OrderBy(g => g.Key).Select(g =>
        {
            var with = g.FirstOrDefault(c => c.Key == SteeringCuts.WithPlan)?.Citizens ?? 0;
            var without = g.FirstOrDefault(c => c.Key == SteeringCuts.WithoutPlan)?.Citizens ?? 0;
            return (Y(g.Key), new decimal?[] { with, without, Percent(without, with + without) });
        }).ToList();
        var total = new decimal?[] { rows.Sum(r => r.Item2[0]), rows.Sum(r => r.Item2[1]), null };
        var table = Table("transitions", SteeringKeyKind.Year, columns, rows, total, [0, 1], null, rowTotals: true);
        var last = table.Rows.LastOrDefault(r => r.Values[2] is not null);
        return table with
        {
            Reading = last is null ? null : new("transitions", [ReadingArg.Of(SteeringKeyKind.Year, last.Key), ReadingArg.Of(SteeringValueKind.Count, last.Values[1]!.Value),
                ReadingArg.Of(SteeringValueKind.Percent, last.Values[2]!.Value)]),
        };
    }

    /// <summary>The municipality against its own past: the last five full years side by side.</summary>
    private async Task<SteeringTable> CompareAsync(CancellationToken ct)
    {
        var totals = (await CellsAsync(SteeringCuts.Total, ct)).Where(c => c.Year > 0).ToDictionary(c => c.Year);
        var goals = (await CellsAsync(SteeringCuts.Goals, ct)).ToLookup(c => c.Year);
        var transitions = (await CellsAsync(SteeringCuts.Transition, ct)).Where(c => c.Key == SteeringCuts.WithoutPlan).ToDictionary(c => c.Year, c => c.Citizens);
        var years = Years([.. totals.Values]);
        var last = LastFullYear(years);
        var shown = years.Where(y => y <= last).TakeLast(5).ToList();
        var rows = shown.Select(y =>
        {
            var t = totals[y];
            var closed = goals[y].Where(c => c.Key != nameof(GoalStatus.Active) && c.Key != nameof(GoalStatus.Cancelled)).Sum(c => c.Items);
            return (Y(y), new decimal?[] { t.Citizens, t.Spending, t.Citizens == 0 ? null : decimal.Round(t.Spending / t.Citizens, 0),
                Percent(goals[y].Sum(c => c.ItemsMet), closed), transitions.GetValueOrDefault(y) });
        }).ToList();
        var columns = new SteeringColumn[] { new("citizens", SteeringValueKind.Count), new("spending", SteeringValueKind.Money, 0),
            new("perCitizen", SteeringValueKind.Money, 0), new("achievedShare", SteeringValueKind.Percent), new(SteeringCuts.WithoutPlan, SteeringValueKind.Count) };
        SteeringReading? reading = shown.Count < 2 ? null : new("compare", [ReadingArg.Of(SteeringKeyKind.Year, Y(shown[^1])), ReadingArg.Of(SteeringKeyKind.Year, Y(shown[0])),
            ReadingArg.Of(SteeringValueKind.Percent, Growth(totals[shown[0]].Citizens, totals[shown[^1]].Citizens) ?? 0),
            ReadingArg.Of(SteeringValueKind.Percent, Growth(PerCitizen(totals[shown[0]]), PerCitizen(totals[shown[^1]])) ?? 0)]);
        return Table("compare", SteeringKeyKind.Year, columns, rows, null, [0, 2], reading);
    }

    private static decimal PerCitizen(SteeringCell c) => c.Citizens == 0 ? 0 : c.Spending / c.Citizens;
}

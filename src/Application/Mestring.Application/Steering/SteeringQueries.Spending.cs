using Mestring.Data.Steering;

namespace Mestring.Application.Steering;

public sealed partial class SteeringQueries
{
    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Citizens and spending per year over the whole history, with the change from the year before.</summary>
    private async Task<SteeringTable> OverviewAsync(CancellationToken ct)
    {
        var totals = (await CellsAsync(SteeringCuts.Total, ct)).Where(c => c.Year > 0).OrderBy(c => c.Year).ToList();
        var rows = new List<(string, decimal?[])>();
        SteeringCell? previous = null;
        foreach (var c in totals)
        {
            rows.Add((Y(c.Year), [c.Citizens, c.Spending, c.Citizens == 0 ? null : decimal.Round(c.Spending / c.Citizens, 0),
                previous is null ? null : Growth(previous.Spending, c.Spending)]));
            previous = c;
        }
        var columns = new SteeringColumn[] { new("citizens", SteeringValueKind.Count), new("spending", SteeringValueKind.Money, 0),
            new("perCitizen", SteeringValueKind.Money, 0), new("spendingGrowth", SteeringValueKind.Percent, 0) };
        var years = Years(totals);
        SteeringReading? reading = null;
        if (totals.FirstOrDefault(c => c.Year == LastFullYear(years)) is { } last)
        {
            var before = totals.FirstOrDefault(c => c.Year == last.Year - 1);
            reading = new("overview", [ReadingArg.Of(SteeringKeyKind.Year, Y(last.Year)), ReadingArg.Of(SteeringValueKind.Count, last.Citizens),
                ReadingArg.Of(SteeringValueKind.Money, last.Spending), ReadingArg.Of(SteeringValueKind.Percent, before is null ? 0 : Growth(before.Spending, last.Spending) ?? 0)]);
        }
        return Table("overview", SteeringKeyKind.Year, columns, rows, null, [0, 1], reading);
    }

    /// <summary>Citizens per key and year (the last five years) and the last full year's spending, by one dimension.</summary>
    private async Task<SteeringTable> BreakdownAsync(string by, CancellationToken ct)
    {
        var cells = await CellsAsync(by, ct);
        var years = Years(await CellsAsync(SteeringCuts.Total, ct));
        var last = LastFullYear(years);
        var shown = years.Where(y => y <= last).TakeLast(5).ToList();
        var columns = shown.Select(y => new SteeringColumn("citizens:" + Y(y), SteeringValueKind.Count))
            .Append(new SteeringColumn("spending:" + Y(last), SteeringValueKind.Money, shown.Count - 1)).ToList();
        var rows = cells.GroupBy(c => c.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, shown
            .Select(y => (decimal?)(g.FirstOrDefault(c => c.Year == y)?.Citizens ?? 0))
            .Append(g.FirstOrDefault(c => c.Year == last)?.Spending ?? 0).ToArray())).ToList();
        var total = Enumerable.Range(0, columns.Count).Select(c => (decimal?)rows.Sum(r => r.Item2[c] ?? 0)).ToArray();
        var top = cells.Where(c => c.Year == last).OrderByDescending(c => c.Spending).FirstOrDefault();
        var all = cells.Where(c => c.Year == last).Sum(c => c.Spending);
        SteeringReading? reading = top is null || top.Citizens < SteeringTable.Limit ? null : new("breakdown",
            [ReadingArg.Of(KindOf(by), top.Key), ReadingArg.Of(SteeringKeyKind.Year, Y(last)), ReadingArg.Of(SteeringValueKind.Percent, Percent(top.Spending, all) ?? 0)]);
        return Table("overview", KindOf(by), columns, rows, total, [shown.Count - 1, shown.Count], reading);
    }

    internal static SteeringKeyKind KindOf(string cut) => cut switch
    {
        SteeringCuts.Area => SteeringKeyKind.Area,
        SteeringCuts.Basis => SteeringKeyKind.LegalBasis,
        SteeringCuts.Target => SteeringKeyKind.TargetGroup,
        SteeringCuts.Provider => SteeringKeyKind.Provider,
        SteeringCuts.Level => SteeringKeyKind.Level,
        SteeringCuts.LevelTarget => SteeringKeyKind.LevelTarget,
        SteeringCuts.LevelBasis => SteeringKeyKind.LevelBasis,
        SteeringCuts.LevelMove => SteeringKeyKind.LevelMove,
        SteeringCuts.Method => SteeringKeyKind.Method,
        _ => SteeringKeyKind.Metric,
    };

    /// <summary>Growth in citizens and spending per legal basis from the first to the last of the last five full years.</summary>
    private async Task<SteeringTable> GrowthAsync(CancellationToken ct)
    {
        var cells = await CellsAsync(SteeringCuts.Basis, ct);
        var years = Years(await CellsAsync(SteeringCuts.Total, ct));
        var last = LastFullYear(years);
        var first = years.Where(y => y <= last).TakeLast(5).DefaultIfEmpty(last).First();
        var columns = new SteeringColumn[]
        {
            new("citizens:" + Y(first), SteeringValueKind.Count), new("citizens:" + Y(last), SteeringValueKind.Count),
            new("citizenGrowth", SteeringValueKind.Percent, 0),
            new("spending:" + Y(first), SteeringValueKind.Money, 0), new("spending:" + Y(last), SteeringValueKind.Money, 1),
            new("spendingGrowth", SteeringValueKind.Percent, 0),
        };
        var byBasis = cells.GroupBy(c => c.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var a = g.FirstOrDefault(c => c.Year == first);
            var b = g.FirstOrDefault(c => c.Year == last);
            return (Key: g.Key, A: a, B: b);
        }).ToList();
        var rows = byBasis.Select(x => (x.Key, new decimal?[]
        {
            x.A?.Citizens ?? 0, x.B?.Citizens ?? 0, Growth(x.A?.Citizens ?? 0, x.B?.Citizens ?? 0),
            x.A?.Spending ?? 0, x.B?.Spending ?? 0, Growth(x.A?.Spending ?? 0, x.B?.Spending ?? 0),
        })).ToList();
        var total = new decimal?[] { rows.Sum(r => r.Item2[0]), rows.Sum(r => r.Item2[1]), null, rows.Sum(r => r.Item2[3]), rows.Sum(r => r.Item2[4]), null };
        var fastest = byBasis.Where(x => x.A is { Citizens: >= SteeringTable.Limit } && x.B is { Citizens: >= SteeringTable.Limit })
            .OrderByDescending(x => x.B!.Spending - x.A!.Spending).FirstOrDefault();
        SteeringReading? reading = fastest.Key is null ? null : new("growth",
        [
            ReadingArg.Of(SteeringKeyKind.LegalBasis, fastest.Key), ReadingArg.Of(SteeringKeyKind.Year, Y(first)), ReadingArg.Of(SteeringKeyKind.Year, Y(last)),
            ReadingArg.Of(SteeringValueKind.Money, fastest.A!.Spending), ReadingArg.Of(SteeringValueKind.Money, fastest.B!.Spending),
            ReadingArg.Of(SteeringValueKind.Percent, Growth(fastest.A.Citizens, fastest.B.Citizens) ?? 0),
        ]);
        return Table("growth", SteeringKeyKind.LegalBasis, columns, rows, total, [2, 5], reading);
    }

    /// <summary>Citizens and spending per specialisation level in the last three full years.</summary>
    private async Task<SteeringTable> LevelsAsync(CancellationToken ct)
    {
        var table = await ByYearsAsync("levels", SteeringCuts.Level, 3, ct);
        var last = table.Columns[^1].Key;
        var spend = table.Rows.Where(r => r.Values[^1] is not null).ToList();
        var all = spend.Sum(r => r.Values[^1]!.Value);
        var top = spend.OrderByDescending(r => r.Values[^1]).FirstOrDefault();
        return table with
        {
            Reading = top is null ? null : new("levels", [ReadingArg.Of(SteeringKeyKind.Level, top.Key),
                ReadingArg.Of(SteeringKeyKind.Year, last[(last.IndexOf(':', StringComparison.Ordinal) + 1)..]), ReadingArg.Of(SteeringValueKind.Percent, Percent(top.Values[^1]!.Value, all) ?? 0)]),
        };
    }

    /// <summary>Rows of one cut with citizens and spending for each of the last <paramref name="count"/> full years (counts first, then amounts).</summary>
    private async Task<SteeringTable> ByYearsAsync(string analysis, string cut, int count, CancellationToken ct)
    {
        var cells = await CellsAsync(cut, ct);
        var years = Years(await CellsAsync(SteeringCuts.Total, ct));
        var last = LastFullYear(years);
        var shown = years.Where(y => y <= last).TakeLast(count).ToList();
        var columns = shown.Select(y => new SteeringColumn("citizens:" + Y(y), SteeringValueKind.Count))
            .Concat(shown.Select((y, i) => new SteeringColumn("spending:" + Y(y), SteeringValueKind.Money, i))).ToList();
        var rows = cells.GroupBy(c => c.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key,
            shown.Select(y => (decimal?)(g.FirstOrDefault(c => c.Year == y)?.Citizens ?? 0))
                .Concat(shown.Select(y => (decimal?)(g.FirstOrDefault(c => c.Year == y)?.Spending ?? 0))).ToArray())).ToList();
        var total = Enumerable.Range(0, columns.Count).Select(c => (decimal?)rows.Sum(r => r.Item2[c] ?? 0)).ToArray();
        return Table(analysis, KindOf(cut), columns, rows, total, [shown.Count - 1, (2 * shown.Count) - 1], null);
    }

    /// <summary>
    /// The specialisation view: citizens and spending by level and target group (<c>by=target</c>), by level and legal
    /// basis (<c>by=basis</c>), by level over the years (default), or the moves between levels over the history
    /// (<c>by=movement</c>).
    /// </summary>
    private async Task<SteeringTable> SpecialisationAsync(string? by, CancellationToken ct)
    {
        if (by == "movement")
        {
            var moves = await CellsAsync(SteeringCuts.LevelMove, ct);
            var years = Years(moves);
            var last = years.Count == 0 ? ThisYear : LastFullYear(years);
            var columns = new SteeringColumn[] { new("citizensAllYears", SteeringValueKind.Count), new("citizens:" + Y(last), SteeringValueKind.Count) };
            var rows = moves.GroupBy(c => c.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, new decimal?[] { g.Sum(c => c.Citizens), g.FirstOrDefault(c => c.Year == last)?.Citizens ?? 0 })).ToList();
            var up = moves.Where(c => IsUp(c.Key)).Sum(c => c.Citizens);
            var down = moves.Where(c => IsDown(c.Key)).Sum(c => c.Citizens);
            return Table("specialisation", SteeringKeyKind.LevelMove, columns, rows,
                [rows.Sum(r => r.Item2[0]), rows.Sum(r => r.Item2[1])], [0, 1],
                up + down < SteeringTable.Limit ? null : new("movement", [ReadingArg.Of(SteeringValueKind.Count, up), ReadingArg.Of(SteeringValueKind.Count, down)]));
        }
        var cut = by switch { SteeringCuts.Target => SteeringCuts.LevelTarget, SteeringCuts.Basis => SteeringCuts.LevelBasis, _ => SteeringCuts.Level };
        var table = await ByYearsAsync("specialisation", cut, cut == SteeringCuts.Level ? 5 : 2, ct);
        var n = table.Columns.Count / 2;
        var first = table.Rows.Sum(r => r.Values[0] ?? 0);
        var lastAll = table.Rows.Sum(r => r.Values[n - 1] ?? 0);
        var top = table.Rows.Where(r => r.Values[n - 1] is not null).OrderByDescending(r => r.Values[n - 1]).FirstOrDefault();
        return table with
        {
            Reading = top is null || lastAll == 0 ? null : new("specialisation", [ReadingArg.Of(table.RowKind, top.Key),
                ReadingArg.Of(SteeringValueKind.Percent, Percent(top.Values[n - 1]!.Value, lastAll) ?? 0), ReadingArg.Of(SteeringValueKind.Percent, Growth(first, lastAll) ?? 0)]),
        };
    }

    private static bool IsUp(string move) => SteeringCuts.Split(move) is var (a, b) && int.TryParse(a, CultureInfo.InvariantCulture, out var x)
        && int.TryParse(b, CultureInfo.InvariantCulture, out var y) && y > x;

    private static bool IsDown(string move) => SteeringCuts.Split(move) is var (a, b) && int.TryParse(a, CultureInfo.InvariantCulture, out var x)
        && int.TryParse(b, CultureInfo.InvariantCulture, out var y) && y < x;
}

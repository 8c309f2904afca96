using Mestring.Application.Reporting.Council;

namespace Mestring.Application.Reporting.Exchange;

/// <summary>
/// Own municipality against the others (from imported aggregate files only): per legal basis and year, the own citizens,
/// spending and spending per citizen beside the others' sums and spending per citizen. Cells the others suppressed are left
/// out of their sums (the number of municipalities behind each row says how many counted). For the steering pages.
/// </summary>
public sealed class AggregateComparisons(MestringDbContext db, TimeProvider clock)
{
    public async Task<Result<AggregateComparison>> CompareAsync(Guid municipalityId, int? fromYear, int? toYear, CancellationToken ct)
    {
        var own = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == municipalityId, ct);
        if (own is null)
        {
            return Error.NotFound("municipality");
        }
        var source = new SpendingByLegalBasis(db);
        var imported = await db.ImportedAggregates.AsNoTracking()
            .Where(a => a.MunicipalityId == municipalityId && a.Measure == source.Name).ToListAsync(ct);
        var to = toYear ?? (imported.Count > 0 ? imported.Max(a => a.Year) : clock.GetUtcNow().Year);
        var from = fromYear ?? to - 4;
        if (from > to || to - from > 50)
        {
            return Error.Invalid("fromYear", "must be a year not after toYear and at most 50 years before it");
        }
        var mine = (await source.QueryAsync(municipalityId, from, to, ct)).Cells.ToDictionary(c => (c.Group, c.Year));
        var theirs = imported.Where(a => a.Year >= from && a.Year <= to).ToLookup(a => (a.LegalBasis, a.Year));
        var keys = mine.Keys.Union(theirs.Select(g => g.Key)).OrderBy(k => k.Item2).ThenBy(k => k.Item1, StringComparer.Ordinal);
        var rows = keys.Select(k =>
        {
            var m = mine.GetValueOrDefault(k);
            var shown = theirs[k].Where(a => a.Citizens is not null).ToList();
            int? citizens = shown.Count > 0 ? shown.Sum(a => a.Citizens!.Value) : null;
            decimal? spending = shown.Count > 0 ? shown.Sum(a => a.Spending ?? 0m) : null;
            return new AggregateComparisonRow(k.Item1, k.Item2, m?.Citizens, m?.Spending, PerCitizen(m?.Spending, m?.Citizens),
                shown.Count, citizens, spending, PerCitizen(spending, citizens));
        }).ToList();
        return new AggregateComparison(source.Name, own.Code, [.. imported.Select(a => a.SourceMunicipality).Distinct().Order(StringComparer.Ordinal)], rows);
    }

    private static decimal? PerCitizen(decimal? spending, int? citizens) =>
        spending is { } s && citizens is > 0 and var n ? decimal.Round(s / n, 0) : null;
}

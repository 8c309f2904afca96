using System.Security.Cryptography;
using System.Text;

namespace Mestring.Application.Reporting.Council;

/// <summary>
/// Spending and citizens by legal basis and year, from the interventions: an intervention counts in every year its
/// period overlaps (an open one to the end of the year: the budget view), its spending is the weekly price times the
/// weeks inside the year; citizens are counted once per legal basis and year. Cancelled and declined orders never ran.
/// </summary>
public sealed class SpendingByLegalBasis(MestringDbContext db) : IAggregateSource
{
    public string Name => "spending-by-legal-basis";

    private sealed record Row(Guid Id, Guid CitizenId, string LegalBasis, DateOnly Start, DateOnly? End, ServiceUnit Unit, decimal UnitsPerWeek, decimal UnitPrice);

    private async Task<List<Row>> RowsAsync(Guid municipalityId, CancellationToken ct) =>
        await db.Interventions.AsNoTracking()
            .Where(i => i.MunicipalityId == municipalityId && i.Status != InterventionStatus.Cancelled && i.Status != InterventionStatus.Declined)
            .Select(i => new Row(i.Id, i.CitizenId, i.LegalBasis, i.Start, i.End, i.Unit, i.UnitsPerWeek, i.UnitPrice))
            .ToListAsync(ct);

    public async Task<AggregateTable> QueryAsync(Guid municipalityId, int fromYear, int toYear, CancellationToken ct)
    {
        var rows = await RowsAsync(municipalityId, ct);
        var raw = new Dictionary<(string, int), (HashSet<Guid> Citizens, decimal Spending)>();
        foreach (var r in rows)
        {
            var weekly = r.Unit == ServiceUnit.Month ? r.UnitsPerWeek * r.UnitPrice * 12m / 52m : r.UnitsPerWeek * r.UnitPrice;
            for (var year = Math.Max(fromYear, r.Start.Year); year <= Math.Min(toYear, (r.End ?? new DateOnly(toYear, 12, 31)).Year); year++)
            {
                var from = r.Start > new DateOnly(year, 1, 1) ? r.Start : new DateOnly(year, 1, 1);
                var to = r.End is { } e && e < new DateOnly(year, 12, 31) ? e : new DateOnly(year, 12, 31);
                if (to < from)
                {
                    continue;
                }
                var key = (r.LegalBasis, year);
                if (!raw.TryGetValue(key, out var cell))
                {
                    cell = (new HashSet<Guid>(), 0m);
                }
                cell.Citizens.Add(r.CitizenId);
                raw[key] = (cell.Citizens, cell.Spending + (weekly * (to.DayNumber - from.DayNumber + 1) / 7m));
            }
        }
        var values = raw.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value.Citizens.Count, kv.Value.Spending)).ToList();
        var totals = values.GroupBy(v => v.Item2).OrderBy(g => g.Key)
            .Select(g => new AggregateCell("I alt", g.Key, rows.Where(r => Overlaps(r, g.Key)).Select(r => r.CitizenId).Distinct().Count(),
                decimal.Round(g.Sum(v => v.Spending), 0), false)).ToList();
        return new AggregateTable(Name, "Udgifter og borgere efter lovgrundlag og år", Suppression.Apply(values), totals, Suppression.Below);
    }

    private static bool Overlaps(Row r, int year) => r.Start.Year <= year && (r.End is null || r.End.Value.Year >= year);

    public async Task<string> StampAsync(Guid municipalityId, CancellationToken ct)
    {
        var rows = await RowsAsync(municipalityId, ct);
        var lastChange = await db.Interventions.AsNoTracking().Where(i => i.MunicipalityId == municipalityId)
            .Select(i => (DateTimeOffset?)i.OrderedAt).MaxAsync(ct);
        var text = new StringBuilder();
        foreach (var r in rows.OrderBy(r => r.Id))
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.Id:N};{r.LegalBasis};{r.Start:yyyy-MM-dd};{r.End:yyyy-MM-dd};{r.Unit};{r.UnitsPerWeek};{r.UnitPrice}\n");
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return string.Create(CultureInfo.InvariantCulture, $"interventions={rows.Count};lastOrdered={lastChange:O};sha256={hash}");
    }
}

using Mestring.Domain.Oversight;
using Mestring.Domain.Providers;

namespace Mestring.Application.Oversight.Registry;

/// <summary>
/// The provider registry for supervision and managers: the list and search of tilbud, and one tilbud with its takster,
/// places, afdelinger, people (pseudonymous ids), supervision history and the citizens placed there as counts (cells under
/// five suppressed). Every read is audited; see <see cref="ProviderRegistryEdits"/> for the edits.
/// </summary>
public sealed class ProviderRegistry(MestringDbContext db, ICurrentUser user, AuditTrail audit)
{
    /// <summary>The tilbud whose name, register id, CVR or type contains <paramref name="search"/> (all when empty), by name.</summary>
    public async Task<Result<IReadOnlyList<ProviderSummary>>> ListAsync(string? search, CancellationToken ct)
    {
        if (!OversightQueries.Readers.Contains(user.Role, StringComparer.Ordinal))
        {
            return Error.Forbidden("registry-readers", "Only supervision and managers may read the provider registry.");
        }
        if (search is { Length: > 100 })
        {
            return Error.Invalid("search", "A search is at most 100 characters.");
        }
        var municipality = user.MunicipalityId ?? Guid.Empty;
        var all = await db.Providers.AsNoTracking().Where(p => p.MunicipalityId == municipality).ToListAsync(ct);
        var term = search?.Trim();
        var list = all
            .Where(p => string.IsNullOrEmpty(term) || p.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                || p.ExternalId.Contains(term, StringComparison.OrdinalIgnoreCase) || (p.Cvr?.Contains(term, StringComparison.Ordinal) ?? false)
                || p.OfferType.Contains(term, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true))
            .ThenBy(p => p.ExternalId, StringComparer.Ordinal)
            .Select(Summary).ToList();
        await audit.RecordAsync("read", "provider-registry", reason: string.IsNullOrEmpty(term) ? null : "search " + term, municipalityId: municipality, ct: ct);
        return list;
    }

    /// <summary>One tilbud by its id.</summary>
    public async Task<Result<ProviderDetail>> GetAsync(Guid id, CancellationToken ct)
    {
        if (!OversightQueries.Readers.Contains(user.Role, StringComparer.Ordinal))
        {
            return Error.Forbidden("registry-readers", "Only supervision and managers may read the provider registry.");
        }
        var municipality = user.MunicipalityId ?? Guid.Empty;
        var p = await db.Providers.AsNoTracking().FirstOrDefaultAsync(x => x.MunicipalityId == municipality && x.Id == id, ct);
        if (p is null)
        {
            return Error.NotFound("provider");
        }
        var rates = await db.Set<ProviderRate>().AsNoTracking().Where(r => r.MunicipalityId == municipality && r.ProviderId == id).ToListAsync(ct);
        var places = await db.Set<ProviderPlaces>().AsNoTracking().Where(r => r.MunicipalityId == municipality && r.ProviderId == id).ToListAsync(ct);
        var units = await db.Set<ProviderUnit>().AsNoTracking().Where(r => r.MunicipalityId == municipality && r.ProviderId == id).ToListAsync(ct);
        var placed = await db.Interventions.AsNoTracking()
            .Where(i => i.MunicipalityId == municipality && i.ProviderId == id && i.Status == InterventionStatus.Active)
            .Select(i => new { i.LegalBasis, i.CitizenId }).ToListAsync(ct);
        var total = placed.Select(x => x.CitizenId).Distinct().Count();
        var detail = new ProviderDetail(
            Summary(p), p.Cvr, p.Quarantined,
            [.. rates.OrderBy(r => r.ServiceCode, StringComparer.Ordinal).ThenByDescending(r => r.PriceYear)
                .Select(r => new RateView(r.Id, r.ServiceCode, r.TargetGroup, r.Unit, r.PriceDkk, r.PriceYear, r.OccupancyPercent))],
            [.. places.OrderBy(x => x.LegalBasis, StringComparer.Ordinal).Select(x => new PlacesView(x.Id, x.LegalBasis, x.Places))],
            [.. units.OrderBy(u => u.UnitId, StringComparer.Ordinal).Select(u => new UnitView(u.Id, u.UnitId, u.Name, u.PNumber, u.Places))],
            await PeopleAsync(municipality, p, ct),
            await SupervisionAsync(municipality, id, ct),
            [.. placed.GroupBy(x => x.LegalBasis, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new PlacedCount(g.Key, Suppress(g.Select(x => x.CitizenId).Distinct().Count())))],
            Suppress(total),
            p.CapacityUnknown || p.Capacity == 0 || total < ProviderDetail.MinCell ? null : Math.Round(100m * total / p.Capacity, 1));
        await audit.RecordAsync("read", "provider-registry", reason: "provider " + p.ExternalId, municipalityId: municipality, ct: ct);
        return detail;
    }

    private static int? Suppress(int n) => n < ProviderDetail.MinCell ? null : n;

    internal static ProviderSummary Summary(Provider p) =>
        new(p.Id, p.ExternalId, p.Name, p.OfferType, p.Ownership, p.CapacityUnknown ? null : p.Capacity, p.SpecialisationLevelUnknown ? null : p.SpecialisationLevel);

    /// <summary>The links reachable from the tilbud through companies and persons (at most three steps), breadth first.</summary>
    private async Task<IReadOnlyList<PersonLinkView>> PeopleAsync(Guid municipality, Provider p, CancellationToken ct)
    {
        var links = await db.Set<ProviderLink>().AsNoTracking().Where(l => l.MunicipalityId == municipality).ToListAsync(ct);
        var quarantines = (await db.Set<Quarantine>().AsNoTracking().Where(q => q.MunicipalityId == municipality).ToListAsync(ct))
            .GroupBy(q => q.PersonId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderByDescending(q => q.To).First(), StringComparer.Ordinal);
        var byFrom = links.ToLookup(l => l.FromId, StringComparer.Ordinal);
        var result = new List<PersonLinkView>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { p.ExternalId };
        var frontier = new List<string> { p.ExternalId };
        // providers.csv's owner and leader are links of the tilbud too (the register's; not editable here).
        foreach (var (id, role) in new[] { (p.OwnerId, LinkRole.Owner), (p.LeaderId, LinkRole.Leader) })
        {
            if (id is not null && seen.Add(id))
            {
                result.Add(new PersonLinkView(Guid.Empty, p.ExternalId, id, role, 1, quarantines.TryGetValue(id, out var q) ? View(q) : null));
                frontier.Add(id);
            }
        }
        for (var depth = 1; depth <= 3 && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var from in frontier)
            {
                foreach (var l in byFrom[from].OrderBy(l => l.Role).ThenBy(l => l.ToId, StringComparer.Ordinal))
                {
                    result.Add(new PersonLinkView(l.Id, l.FromId, l.ToId, l.Role, depth, quarantines.TryGetValue(l.ToId, out var q) ? View(q) : null));
                    if (seen.Add(l.ToId))
                    {
                        next.Add(l.ToId);
                    }
                }
            }
            frontier = next;
        }
        return result;
    }

    internal static QuarantineView View(Quarantine q) => new(q.Id, q.PersonId, q.Role, q.From, q.To, q.DecidedBy, q.LegalBasis);

    private async Task<IReadOnlyList<AssessmentView>> SupervisionAsync(Guid municipality, Guid providerId, CancellationToken ct)
    {
        var themes = (await db.Set<SupervisionTheme>().AsNoTracking().ToListAsync(ct)).ToDictionary(t => t.Code, StringComparer.Ordinal);
        var scores = await db.Set<SupervisionScore>().AsNoTracking().Where(s => s.MunicipalityId == municipality && s.ProviderId == providerId).ToListAsync(ct);
        return [.. scores.GroupBy(s => s.DateUnknown ? (DateOnly?)null : s.Date).OrderBy(g => g.Key ?? DateOnly.MaxValue)
            .Select(g => new AssessmentView(g.Key, [.. g
                .OrderBy(s => themes.TryGetValue(s.Theme, out var t) ? t.Order : int.MaxValue).ThenBy(s => s.Theme, StringComparer.Ordinal)
                .Select(s => themes.TryGetValue(s.Theme, out var t)
                    ? new ThemeScoreView(s.Theme, t.NameDa, t.NameEn, s.Score, g.Key is not { } d || t.ValidOn(d))
                    : new ThemeScoreView(s.Theme, s.Theme, s.Theme, s.Score, false))]))];
    }
}

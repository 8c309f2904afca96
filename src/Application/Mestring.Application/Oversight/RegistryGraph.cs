using Mestring.Domain.Providers;
using Mestring.Oversight;

namespace Mestring.Application.Oversight;

/// <summary>The registry's graph of people and companies and its quarantine register, as the oversight engine sees them.</summary>
internal static class RegistryGraph
{
    public static async Task<IReadOnlyList<OversightLink>> LinksAsync(MestringDbContext db, Guid municipalityId, CancellationToken ct)
    {
        var links = await db.Set<ProviderLink>().AsNoTracking().Where(l => l.MunicipalityId == municipalityId)
            .Select(l => new { l.FromId, l.ToId, l.Role }).ToListAsync(ct);
        return [.. links.OrderBy(l => l.FromId, StringComparer.Ordinal).ThenBy(l => l.ToId, StringComparer.Ordinal)
            .Select(l => new OversightLink(l.FromId, l.ToId, ProviderLink.CodeOf(l.Role)))];
    }

    /// <summary>Everyone with a §14 a quarantine on record (a quarantine that has run out still marks the network it came from).</summary>
    public static async Task<IReadOnlyCollection<string>> QuarantinedAsync(MestringDbContext db, Guid municipalityId, CancellationToken ct)
    {
        var persons = await db.Set<Quarantine>().AsNoTracking().Where(q => q.MunicipalityId == municipalityId).Select(q => q.PersonId).ToListAsync(ct);
        return persons.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}

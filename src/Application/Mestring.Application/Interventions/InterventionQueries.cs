using Mestring.Domain.Organisation;
using Mestring.Terminology;

namespace Mestring.Application.Interventions;

public sealed class InterventionQueries(MestringDbContext db, CitizenAccess access, ICurrentUser user)
{
    /// <summary>The provider's inbox: pending and active orders to it. Each citizen shown is audited.</summary>
    public async Task<IReadOnlyList<InboxItemDto>> InboxAsync(bool includeActive, CancellationToken ct)
    {
        if (user.Role != Roles.Provider || user.ProviderId is not { } providerId)
        {
            return [];
        }
        var items = await db.Interventions
            .Where(i => i.ProviderId == providerId && (i.Status == InterventionStatus.Ordered || (includeActive && i.Status == InterventionStatus.Active)))
            .Join(db.Citizens, i => i.CitizenId, c => c.Id, (i, c) => new { i, c.Name, c.PersonId })
            .ToListAsync(ct);
        await access.RecordListAsync(items.Select(x => x.i.CitizenId).Distinct(), "provider-inbox", ct);
        var ffb = FfbCodeSystem.Default;
        return [.. items.OrderBy(x => x.i.Status).ThenBy(x => x.i.OrderedAt).Select(x => new InboxItemDto(
            x.i.Id, x.i.CitizenId, x.Name ?? x.PersonId, ffb.Find(x.i.ServiceCode)?.Display ?? x.i.ServiceCode, x.i.LegalBasis, x.i.Method,
            x.i.UnitsPerWeek, x.i.Unit.ToString().ToLowerInvariant(), x.i.UnitPrice, x.i.Start, x.i.End, x.i.Status.ToString(), x.i.OrderedAt))];
    }

    /// <summary>Registered providers (no personal data), for ordering.</summary>
    public async Task<IReadOnlyList<ProviderDto>> ProvidersAsync(CancellationToken ct) =>
        await db.Providers.OrderBy(p => p.Name)
            .Select(p => new ProviderDto(p.Id, p.ExternalId, p.Name, p.Ownership.ToString(), p.OfferType, p.Capacity, p.SpecialisationLevel))
            .ToListAsync(ct);
}

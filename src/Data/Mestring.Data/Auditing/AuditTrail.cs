using Mestring.Data.Tenancy;
using Mestring.Domain.Audit;

namespace Mestring.Data.Auditing;

/// <summary>
/// The one door into the audit log. Every use case that reads or uses personal data records it here; the
/// <see cref="AuditInterceptor"/> records writes through the same door; a bulk load records itself here as one entry
/// per file. <see cref="Add"/> joins the caller's unit of work (same transaction); <see cref="RecordAsync"/> saves at once.
/// </summary>
public sealed class AuditTrail(MestringDbContext db, IAuditActor actor, ITenantContext tenant, TimeProvider clock)
{
    /// <summary>The only place an <see cref="AuditEntry"/> is made.</summary>
    internal static AuditEntry Entry(Guid municipalityId, DateTimeOffset at, IAuditActor actor, string action, string resource, Guid? citizenId, string? reason, bool breakTheGlass) =>
        new(municipalityId, at, (actor.UserId, actor.UserName, actor.Role), action, resource, citizenId, reason, breakTheGlass);

    /// <summary>Adds an entry to the current unit of work; it is written with the caller's next SaveChanges.</summary>
    /// <param name="municipalityId">The municipality; null means the caller's own (the tenant).</param>
    public void Add(string action, string resource, Guid? citizenId = null, string? reason = null, bool breakTheGlass = false, Guid? municipalityId = null) =>
        db.AuditEntries.Add(Entry(municipalityId ?? tenant.MunicipalityId ?? Guid.Empty, clock.GetUtcNow(), actor, action, resource, citizenId, reason ?? actor.Reason, breakTheGlass));

    /// <summary>One entry per citizen, at one time (a list that shows several citizens' names).</summary>
    public void AddEach(string action, string resource, IEnumerable<Guid> citizenIds, Guid? municipalityId = null)
    {
        var now = clock.GetUtcNow();
        var municipality = municipalityId ?? tenant.MunicipalityId ?? Guid.Empty;
        foreach (var id in citizenIds)
        {
            db.AuditEntries.Add(Entry(municipality, now, actor, action, resource, id, actor.Reason, breakTheGlass: false));
        }
    }

    /// <summary>Adds an entry and saves it at once (a read, a refusal, a search).</summary>
    public async Task RecordAsync(string action, string resource, Guid? citizenId = null, string? reason = null, bool breakTheGlass = false, Guid? municipalityId = null, CancellationToken ct = default)
    {
        Add(action, resource, citizenId, reason, breakTheGlass, municipalityId);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Records a bulk load of <paramref name="resource"/> as one entry (not one per row) and tells the interceptor that
    /// the writes of this unit of work to that resource are covered by it.
    /// </summary>
    public void AddBulkLoad(Guid municipalityId, string action, string resource, string summary)
    {
        db.AuditEntries.Add(Entry(municipalityId, clock.GetUtcNow(), actor, action, resource, null, summary, breakTheGlass: false));
        db.BulkAudited.Add(resource);
    }
}

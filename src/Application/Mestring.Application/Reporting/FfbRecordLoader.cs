using Mestring.Domain.Providers;
using Mestring.Fhir;

namespace Mestring.Application.Reporting;

/// <summary>Loads the casework of a batch of citizens into <see cref="FfbCitizenRecord"/>s (read-only, a handful of queries per batch).</summary>
internal sealed class FfbRecordLoader(MestringDbContext db, Guid municipalityId, IReadOnlyDictionary<Guid, Provider> providers)
{
    public async Task<IReadOnlyList<FfbCitizenRecord>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var citizens = await db.Citizens.AsNoTracking().Where(c => c.MunicipalityId == municipalityId && ids.Contains(c.Id)).ToListAsync(ct);
        var assessments = (await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.CitizenId)).ToListAsync(ct)).ToLookup(a => a.CitizenId);
        var plans = (await db.Plans.AsNoTracking().Include(p => p.Goals).Where(p => ids.Contains(p.CitizenId)).ToListAsync(ct)).ToLookup(p => p.CitizenId);
        var interventions = (await db.Interventions.AsNoTracking().Where(i => ids.Contains(i.CitizenId)).ToListAsync(ct)).ToLookup(i => i.CitizenId);
        var followUps = (await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.CitizenId)).ToListAsync(ct)).ToLookup(f => f.CitizenId);
        return [.. citizens.OrderBy(c => c.Id).Select(c => new FfbCitizenRecord(c, [.. assessments[c.Id]], [.. plans[c.Id]], [.. interventions[c.Id]],
            providers, [.. followUps[c.Id]]))];
    }
}

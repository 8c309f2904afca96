using Mestring.Domain.Audit;
using Mestring.Domain.Common;
using Mestring.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mestring.Data.Steering;

/// <summary>
/// Marks the citizens whose casework changed in this SaveChanges as dirty for the steering store, in the same
/// transaction as the change, so the dashboards refresh only those citizens. A bulk load and a provider's change touch
/// many citizens at once: they mark the whole municipality.
/// </summary>
public sealed class SteeringDirtyInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Mark(DbContext? context)
    {
        if (context is not MestringDbContext db)
        {
            return;
        }
        var marks = new HashSet<(Guid Municipality, Guid Citizen)>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            switch (entry.Entity)
            {
                case ICitizenData data when entry.Entity is ITenantOwned owned:
                    marks.Add((owned.MunicipalityId, data.CitizenId));
                    break;
                case Provider provider when entry.State == EntityState.Modified:
                    marks.Add((provider.MunicipalityId, Guid.Empty));
                    break;
                case AuditEntry audit when entry.State == EntityState.Added && db.BulkAudited.Contains(audit.Resource):
                    marks.Add((audit.MunicipalityId, Guid.Empty));
                    break;
            }
        }
        var already = db.ChangeTracker.Entries<SteeringDirty>().Where(e => e.State == EntityState.Added)
            .Select(e => (e.Entity.MunicipalityId, e.Entity.CitizenId)).ToHashSet();
        foreach (var (municipality, citizen) in marks.Where(m => !already.Contains(m)))
        {
            db.Set<SteeringDirty>().Add(new SteeringDirty(municipality, citizen));
        }
    }
}

using Mestring.Domain.Audit;
using Mestring.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mestring.Data.Auditing;

/// <summary>
/// Writes an audit entry for every write of personal data in the same SaveChanges (so in the same
/// transaction), and refuses any change or deletion of the audit log itself. Writes to a resource that the unit of work
/// recorded as bulk-loaded (<see cref="AuditTrail.AddBulkLoad"/>) are covered by that one entry.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EndUnitOfWork(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        EndUnitOfWork(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => EndUnitOfWork(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndUnitOfWork(eventData.Context);
        return Task.CompletedTask;
    }

    // A bulk load covers the writes of the unit of work it was recorded in, not later ones.
    private static void EndUnitOfWork(DbContext? context) => (context as MestringDbContext)?.BulkAudited.Clear();

    private void AddEntries(DbContext? context)
    {
        if (context is not MestringDbContext db)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var writes = new HashSet<(Guid Municipality, Guid Citizen, string Action, string Resource)>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only.");
            }
            if (entry.Entity is not ICitizenData data || entry.Entity is not ITenantOwned owned)
            {
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => AuditActions.Create,
                EntityState.Modified => AuditActions.Update,
                EntityState.Deleted => AuditActions.Delete,
                _ => null,
            };
            if (action is not null && !db.BulkAudited.Contains(ResourceName(entry.Entity.GetType())))
            {
                writes.Add((owned.MunicipalityId, data.CitizenId, action, ResourceName(entry.Entity.GetType())));
            }
        }
        foreach (var (municipality, citizen, action, resource) in writes.OrderBy(w => w.Resource, StringComparer.Ordinal).ThenBy(w => w.Action, StringComparer.Ordinal))
        {
            db.AuditEntries.Add(AuditTrail.Entry(municipality, now, actor, action, resource, citizen, actor.Reason, breakTheGlass: false));
        }
    }

    /// <summary>"ProgressRating" → "progress-rating".</summary>
    public static string ResourceName(Type type)
    {
        var name = type.Name;
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                chars.Add('-');
            }
            chars.Add(char.ToLowerInvariant(name[i]));
        }
        return new string([.. chars]);
    }
}

using Mestring.Domain.Audit;
using Mestring.Domain.Citizens;
using Mestring.Domain.Oversight;
using Mestring.Domain.Registers;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Mestring.Application.Privacy;

/// <summary>What a retention run found and did: per table the rows deleted (or that would be, on a dry run).</summary>
public sealed record RetentionReport(int YearsAfterClosure, DateOnly ClosedBefore, bool DryRun, int Cases, IReadOnlyDictionary<string, int> Rows, IReadOnlyList<Guid> CitizenIds);

/// <summary>
/// Retention (issue 16, GDPR art. 5(1)(e)): a case closed more than the retention period ago — no order open (ordered or
/// active), and the last activity (plan change, order start or end, death) before the cut-off — loses its personal
/// content. Every table of citizen data is deleted for the person except what is kept on purpose: the orders
/// (service, provider, dates and price, with the free-text decline reason removed) as anonymous statistics for effect
/// evaluation, invoices (bookkeeping law) and the register extract (replaced by each import). The person keeps their
/// row and pseudonymous register key but loses name, CPR number and caseworker. The audit log is never changed: each
/// person gets one audit entry stating the fact (<c>delete</c> of <c>retention</c>), with no content. A dry run counts
/// and changes nothing. All in one transaction.
/// </summary>
public static class CaseRetention
{
    public const string Resource = "retention";

    /// <summary>Kept on purpose (see the class summary); the person row is anonymised, not deleted.</summary>
    private static readonly HashSet<Type> Kept = [typeof(Citizen), typeof(Intervention), typeof(Invoice), typeof(PersonYear), typeof(CitizenEvent), typeof(HouseholdMembership)];

    public static async Task<RetentionReport> RunAsync(MestringDbContext db, AuditTrail audit, Guid municipalityId, int yearsAfterClosure, DateOnly today, bool dryRun, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(yearsAfterClosure, 1);
        var cutoff = today.AddYears(-yearsAfterClosure);
        var ids = await ClosedCasesAsync(db, municipalityId, cutoff, ct);
        var rows = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var transaction = dryRun ? null : await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in ids.Chunk(500))
        {
            var planIds = await db.Plans.Where(p => p.MunicipalityId == municipalityId && chunk.Contains(p.CitizenId)).Select(p => p.Id).ToListAsync(ct);
            var sections = db.Set<PlanSection>().Where(s => planIds.Contains(s.PlanId));
            Count(rows, "plan_sections", dryRun ? await sections.CountAsync(ct) : await sections.ExecuteDeleteAsync(ct));
            foreach (var type in DeletedTypes(db))
            {
                Count(rows, type.GetTableName() ?? type.ClrType.Name, await DeleteAsync(db, type, municipalityId, chunk, dryRun, ct));
            }
            var orders = db.Interventions.Where(i => i.MunicipalityId == municipalityId && chunk.Contains(i.CitizenId) && i.DeclineReason != null);
            Count(rows, "interventions.decline_reason", dryRun ? await orders.CountAsync(ct)
                : await orders.ExecuteUpdateAsync(s => s.SetProperty(i => i.DeclineReason, (string?)null), ct));
            var people = db.Citizens.Where(c => c.MunicipalityId == municipalityId && chunk.Contains(c.Id));
            Count(rows, "citizens (anonymised)", dryRun ? await people.CountAsync(ct)
                : await people.ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, (string?)null).SetProperty(c => c.Cpr, (string?)null).SetProperty(c => c.CaseworkerId, (string?)null), ct));
        }
        if (!dryRun)
        {
            audit.AddEach(AuditActions.Delete, Resource, ids, municipalityId);
            await db.SaveChangesAsync(ct);
            await transaction!.CommitAsync(ct);
        }
        return new RetentionReport(yearsAfterClosure, cutoff, dryRun, ids.Count, rows, ids);
    }

    /// <summary>The citizens whose case is closed before the cut-off and who still carry a name or CPR number.</summary>
    public static async Task<List<Guid>> ClosedCasesAsync(MestringDbContext db, Guid municipalityId, DateOnly cutoff, CancellationToken ct)
    {
        var cutoffInstant = new DateTimeOffset(cutoff.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var cases = await db.Citizens.Where(c => c.MunicipalityId == municipalityId && (c.Name != null || c.Cpr != null))
            .Where(c => db.Plans.Any(p => p.CitizenId == c.Id) || db.Interventions.Any(i => i.CitizenId == c.Id))
            .Where(c => !db.Interventions.Any(i => i.CitizenId == c.Id && (i.Status == InterventionStatus.Ordered || i.Status == InterventionStatus.Active)))
            .Where(c => !db.Interventions.Any(i => i.CitizenId == c.Id && ((i.End ?? i.Start) >= cutoff)))
            .Select(c => new { c.Id, c.DeathDate, PlanUpdated = db.Plans.Where(p => p.CitizenId == c.Id).Select(p => p.UpdatedAt).FirstOrDefault() })
            .ToListAsync(ct);
        // The plan's last change is compared in memory: SQLite stores instants as ticks.
        return [.. cases.Where(c => (c.PlanUpdated is null || c.PlanUpdated < cutoffInstant) && (c.DeathDate is null || c.DeathDate < cutoff))
            .Select(c => c.Id).OrderBy(id => id)];
    }

    private static void Count(IDictionary<string, int> rows, string table, int n) => rows[table] = rows.TryGetValue(table, out var had) ? had + n : n;

    /// <summary>Every citizen-data table not kept, dependents before the tables they point at.</summary>
    private static List<IEntityType> DeletedTypes(MestringDbContext db)
    {
        var types = db.Model.GetEntityTypes()
            .Where(t => typeof(ICitizenData).IsAssignableFrom(t.ClrType) && !t.IsOwned() && !Kept.Contains(t.ClrType))
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        return [.. types.OrderBy(t => types.Count(other => other.GetForeignKeys().Any(fk => fk.PrincipalEntityType == t)) == 0 ? 0 : 1)];
    }

    private static Task<int> DeleteAsync(MestringDbContext db, IEntityType type, Guid municipalityId, Guid[] citizenIds, bool dryRun, CancellationToken ct) =>
        (Task<int>)typeof(CaseRetention).GetMethod(nameof(DeleteOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type.ClrType).Invoke(null, [db, type.FindProperty("MunicipalityId") is null ? null : municipalityId, citizenIds, dryRun, ct])!;

    private static async Task<int> DeleteOfAsync<T>(MestringDbContext db, Guid? municipalityId, Guid[] citizenIds, bool dryRun, CancellationToken ct)
        where T : class, ICitizenData
    {
        var rows = db.Set<T>().IgnoreQueryFilters().Where(e => citizenIds.Contains(e.CitizenId));
        if (municipalityId is { } m)
        {
            rows = rows.Where(e => EF.Property<Guid>(e, "MunicipalityId") == m);
        }
        return dryRun ? await rows.CountAsync(ct) : await rows.ExecuteDeleteAsync(ct);
    }
}

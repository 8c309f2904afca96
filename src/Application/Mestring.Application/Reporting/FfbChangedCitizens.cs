using Mestring.Domain.Audit;

namespace Mestring.Application.Reporting;

/// <summary>
/// Which citizens' FFB data changed on which day: an assessment dated that day, an order placed, answered, started or
/// ended, a follow-up completed, a plan version committed, or any write of the citizen's data in the audit log.
/// </summary>
internal static class FfbChangedCitizens
{
    public static async Task<Dictionary<DateOnly, HashSet<Guid>>> ByDayAsync(MestringDbContext db, Guid municipalityId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var result = new Dictionary<DateOnly, HashSet<Guid>>();
        void Mark(Guid citizen, DateOnly day)
        {
            if (day >= from && day <= to)
            {
                if (!result.TryGetValue(day, out var set))
                {
                    result[day] = set = [];
                }
                set.Add(citizen);
            }
        }
        static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

        foreach (var a in await db.Assessments.AsNoTracking().Where(a => a.MunicipalityId == municipalityId && a.Date >= from && a.Date <= to)
            .Select(a => new { a.CitizenId, a.Date }).ToListAsync(ct))
        {
            Mark(a.CitizenId, a.Date);
        }
        var interventions = await db.Interventions.AsNoTracking().Where(i => i.MunicipalityId == municipalityId
                && ((i.OrderedAt >= start && i.OrderedAt < end) || (i.AnsweredAt >= start && i.AnsweredAt < end)
                    || (i.Start >= from && i.Start <= to) || (i.End >= from && i.End <= to)))
            .Select(i => new { i.CitizenId, i.OrderedAt, i.AnsweredAt, i.Start, i.End }).ToListAsync(ct);
        foreach (var i in interventions)
        {
            Mark(i.CitizenId, Day(i.OrderedAt));
            Mark(i.CitizenId, i.Start);
            if (i.AnsweredAt is { } answered)
            {
                Mark(i.CitizenId, Day(answered));
            }
            if (i.End is { } ended)
            {
                Mark(i.CitizenId, ended);
            }
        }
        foreach (var f in await db.FollowUps.AsNoTracking().Where(f => f.MunicipalityId == municipalityId && f.CompletedAt >= start && f.CompletedAt < end)
            .Select(f => new { f.CitizenId, f.CompletedAt }).ToListAsync(ct))
        {
            Mark(f.CitizenId, Day(f.CompletedAt!.Value));
        }
        var versions = await db.PlanVersions.AsNoTracking().Where(v => v.MunicipalityId == municipalityId && v.At >= start && v.At < end)
            .Select(v => new { v.CitizenId, v.At }).ToListAsync(ct);
        foreach (var v in versions)
        {
            Mark(v.CitizenId, Day(v.At));
        }
        string[] writes = [AuditActions.Create, AuditActions.Update, AuditActions.Delete];
        foreach (var e in await db.AuditEntries.AsNoTracking().Where(e => e.MunicipalityId == municipalityId && e.CitizenId != null
                && e.At >= start && e.At < end && writes.Contains(e.Action))
            .Select(e => new { e.CitizenId, e.At }).ToListAsync(ct))
        {
            Mark(e.CitizenId!.Value, Day(e.At));
        }
        return result;
    }

    /// <summary>Every citizen with FFB data (the first delivery: the current picture of everyone).</summary>
    public static async Task<HashSet<Guid>> AllAsync(MestringDbContext db, Guid municipalityId, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        ids.UnionWith(await db.Assessments.AsNoTracking().Where(a => a.MunicipalityId == municipalityId).Select(a => a.CitizenId).Distinct().ToListAsync(ct));
        ids.UnionWith(await db.Interventions.AsNoTracking().Where(i => i.MunicipalityId == municipalityId).Select(i => i.CitizenId).Distinct().ToListAsync(ct));
        ids.UnionWith(await db.Goals.AsNoTracking().Where(g => g.MunicipalityId == municipalityId).Select(g => g.CitizenId).Distinct().ToListAsync(ct));
        return ids;
    }
}

namespace Mestring.Application.Steering;

/// <summary>Reads the casework the steering facts are built from, for one municipality: all citizens, or a chosen few.</summary>
internal static class SteeringInputLoader
{
    public static async Task<SteeringInput> LoadAsync(MestringDbContext db, Guid municipalityId, IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var citizens = db.Citizens.AsNoTracking().Where(c => c.MunicipalityId == municipalityId);
        var interventions = db.Interventions.AsNoTracking().Where(i => i.MunicipalityId == municipalityId
            && (i.Status == InterventionStatus.Active || i.Status == InterventionStatus.Ended));
        var goals = db.Goals.AsNoTracking().Where(g => g.MunicipalityId == municipalityId);
        var assessments = db.Assessments.AsNoTracking().Where(a => a.MunicipalityId == municipalityId);
        var plans = db.Plans.AsNoTracking().Where(p => p.MunicipalityId == municipalityId);
        var followUps = db.FollowUps.AsNoTracking().Where(f => f.MunicipalityId == municipalityId && f.CompletedAt == null);
        if (only is not null)
        {
            citizens = citizens.Where(c => only.Contains(c.Id));
            interventions = interventions.Where(i => only.Contains(i.CitizenId));
            goals = goals.Where(g => only.Contains(g.CitizenId));
            assessments = assessments.Where(a => only.Contains(a.CitizenId));
            plans = plans.Where(p => only.Contains(p.CitizenId));
            followUps = followUps.Where(f => only.Contains(f.CitizenId));
        }
        var providerLevels = await db.Providers.AsNoTracking().Where(p => p.MunicipalityId == municipalityId)
            .Select(p => new { p.Id, p.SpecialisationLevel, p.SpecialisationLevelUnknown })
            .ToDictionaryAsync(p => p.Id, p => p.SpecialisationLevelUnknown ? (int?)null : p.SpecialisationLevel, ct);
        var citizenRows = await citizens.Select(c => new CitizenRow(c.Id, c.Area, c.BirthDate)).ToListAsync(ct);
        var interventionRows = (await interventions.Select(i => new
        {
            i.CitizenId, i.Status, i.Start, i.End, i.Unit, i.UnitsPerWeek, i.UnitPrice, i.LegalBasis, i.TargetGroupCode,
            i.SpecialisationLevel, i.ProviderId, i.Method, i.ServiceCode, i.GoalIds,
        }).ToListAsync(ct)).Select(i => new InterventionRow(
            i.CitizenId, i.Status, i.Start, i.End, i.Unit, i.UnitsPerWeek, i.UnitPrice, i.LegalBasis, i.TargetGroupCode,
            i.SpecialisationLevel ?? providerLevels.GetValueOrDefault(i.ProviderId), i.ProviderId,
            string.IsNullOrWhiteSpace(i.Method) ? i.ServiceCode : i.Method, i.GoalIds)).ToList();
        var goalRows = await goals.Select(g => new GoalRow(g.Id, g.CitizenId, g.PlanId, g.Status, g.DueDate, g.BaselineLevel, g.PrimaryConditionCode)).ToListAsync(ct);
        // The items are an owned collection: read whole assessments (a correlated projection needs APPLY, which SQLite lacks).
        var rated = (await assessments.ToListAsync(ct)).SelectMany(a => a.Items.Where(i => i.FunctionLevel != null)
            .Select(i => new { a.CitizenId, i.ConditionCode, a.Date, Level = i.FunctionLevel!.Value })).ToList();
        var latest = rated.GroupBy(r => (r.CitizenId, r.ConditionCode))
            .Select(g => g.OrderByDescending(r => r.Date).First())
            .Select(r => new LevelRow(r.CitizenId, r.ConditionCode, r.Date, r.Level)).ToList();
        var planCitizens = await plans.Select(p => p.CitizenId).Distinct().ToListAsync(ct);
        var open = await followUps.Select(f => new FollowUpRow(f.CitizenId, f.DueDate)).ToListAsync(ct);
        return new SteeringInput(citizenRows, interventionRows, goalRows, latest, planCitizens, open);
    }
}

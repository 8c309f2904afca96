using Mestring.Domain.Organisation;

namespace Mestring.Application.Interventions;

/// <summary>A provider's note on delivered support and progress, with the goal it is about (in the citizen's words).</summary>
public sealed record ProgressNoteDto(Guid Id, Guid InterventionId, Guid? GoalId, string? Goal, string Text, decimal? DeliveredUnits, string By, DateTimeOffset At,
    bool SharedWithCitizen);

/// <summary>
/// The provider's progress notes, readable (they were write-only): for one order by the caseworker of the citizen and the
/// provider it was ordered from, and for a whole citizen on the caseworker's overview and the provider's citizen page
/// (a provider sees only its own orders' notes). Anyone else gets not-found; every read is audited.
/// </summary>
public sealed class ProgressNoteQueries(MestringDbContext db, CitizenAccess access, ICurrentUser user)
{
    public const string Resource = "progress-notes";

    public async Task<Result<IReadOnlyList<ProgressNoteDto>>> ForInterventionAsync(Guid interventionId, CancellationToken ct)
    {
        var intervention = await db.Interventions.Where(i => i.Id == interventionId).Select(i => new { i.CitizenId, i.ProviderId }).FirstOrDefaultAsync(ct);
        if (intervention is null || !MayRead(intervention.ProviderId))
        {
            return Error.NotFound("intervention");
        }
        var opened = await access.OpenAsync(intervention.CitizenId, Resource, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        return await LoadAsync(db.ProgressNotes.Where(n => n.InterventionId == interventionId), ct);
    }

    public async Task<Result<IReadOnlyList<ProgressNoteDto>>> ForCitizenAsync(Guid citizenId, CancellationToken ct)
    {
        if (user.Role is not (Roles.Caseworker or Roles.Provider))
        {
            return Error.NotFound("citizen");
        }
        var opened = await access.OpenAsync(citizenId, Resource, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var notes = db.ProgressNotes.Where(n => n.CitizenId == citizenId);
        if (user.Role == Roles.Provider)
        {
            var providerId = user.ProviderId;
            notes = notes.Where(n => db.Interventions.Any(i => i.Id == n.InterventionId && i.ProviderId == providerId));
        }
        return await LoadAsync(notes, ct);
    }

    private bool MayRead(Guid providerId) => user.Role switch
    {
        Roles.Caseworker => true,
        Roles.Provider => user.ProviderId == providerId,
        _ => false,
    };

    private async Task<Result<IReadOnlyList<ProgressNoteDto>>> LoadAsync(IQueryable<Domain.FollowUps.ProgressNote> notes, CancellationToken ct)
    {
        var rows = await notes.ToListAsync(ct);
        var goalIds = rows.Select(n => n.GoalId).OfType<Guid>().Distinct().ToList();
        var goals = await db.Goals.Where(g => goalIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.CitizenWords, ct);
        return rows.OrderByDescending(n => n.At)
            .Select(n => new ProgressNoteDto(n.Id, n.InterventionId, n.GoalId, n.GoalId is { } g ? goals.GetValueOrDefault(g) : null, n.Text, n.DeliveredUnits, n.By, n.At, n.SharedWithCitizen))
            .ToArray();
    }
}

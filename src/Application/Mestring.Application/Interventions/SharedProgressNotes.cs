using Mestring.Domain.Organisation;

namespace Mestring.Application.Interventions;

/// <summary>A progress note as the citizen sees it: what the provider wrote, about which of their goals, from which provider.</summary>
public sealed record SharedProgressNoteDto(Guid Id, Guid? GoalId, string? Goal, string Text, string Provider, string By, DateTimeOffset At);

public sealed record NoteSharingRequest(bool Shared);

/// <summary>
/// Notes the provider shares with the citizen. Only the provider the order went to may share or unshare its notes; the
/// citizen reads their own shared notes and nothing else (a note not shared is not there for them). Reads are audited
/// through the citizen door; the sharing change is a write the interceptor records.
/// </summary>
public sealed class SharedProgressNotes(MestringDbContext db, CitizenAccess access, ICurrentUser user)
{
    public const string Resource = "shared-progress-notes";

    public async Task<Result> SetSharingAsync(Guid noteId, NoteSharingRequest request, CancellationToken ct)
    {
        if (user.Role != Roles.Provider)
        {
            return Error.NotFound("progress note");
        }
        var row = await db.ProgressNotes.Where(n => n.Id == noteId)
            .Select(n => new { Note = n, ProviderId = db.Interventions.Where(i => i.Id == n.InterventionId).Select(i => (Guid?)i.ProviderId).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (row is null || row.ProviderId != user.ProviderId)
        {
            return Error.NotFound("progress note");
        }
        var opened = await access.OpenForWriteAsync(row.Note.CitizenId, Roles.Provider, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        if (row.Note.SharedWithCitizen != request.Shared)
        {
            row.Note.ShareWithCitizen(request.Shared);
            await db.SaveChangesAsync(ct);
        }
        return Result.Ok;
    }

    /// <summary>The signed-in citizen's shared notes, newest first.</summary>
    public async Task<Result<IReadOnlyList<SharedProgressNoteDto>>> MineAsync(CancellationToken ct)
    {
        if (user.Role != Roles.Citizen || user.CitizenId is not { } citizenId)
        {
            return Error.NotFound("citizen");
        }
        var opened = await access.OpenAsync(citizenId, Resource, ct);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }
        var rows = await (from n in db.ProgressNotes
                          where n.CitizenId == citizenId && n.SharedWithCitizen
                          join i in db.Interventions on n.InterventionId equals i.Id
                          join p in db.Providers on i.ProviderId equals p.Id
                          select new { n.Id, n.GoalId, n.Text, Provider = p.Name, n.By, n.At })
            .ToListAsync(ct);
        var goalIds = rows.Select(n => n.GoalId).OfType<Guid>().Distinct().ToList();
        var goals = await db.Goals.Where(g => goalIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.CitizenWords, ct);
        return rows.OrderByDescending(n => n.At)
            .Select(n => new SharedProgressNoteDto(n.Id, n.GoalId, n.GoalId is { } g ? goals.GetValueOrDefault(g) : null, n.Text, n.Provider, n.By, n.At))
            .ToArray();
    }
}

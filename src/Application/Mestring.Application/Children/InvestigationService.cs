using Mestring.Domain.Children;

namespace Mestring.Application.Children;

/// <summary>
/// §19 afdækning and §20 børnefaglig undersøgelse on the ICS triangle: findings (resources and concerns) per sub-theme,
/// the child's own view, siblings (§21), the foreløbig vurdering at 4 months and the conclusion. Caseworkers only.
/// </summary>
public sealed class InvestigationService(MestringDbContext db, ChildCaseAccess cases)
{
    public const string Resource = "child-investigations";

    public async Task<Result<Guid>> StartAsync(Guid citizenId, InvestigationRequest request, CancellationToken ct)
    {
        var child = await cases.WriteAsync(citizenId, ct);
        if (!child.IsSuccess)
        {
            return child.Error;
        }
        var kind = ChildCaseAccess.Parse<InvestigationKind>(request.Kind, "kind");
        var source = ChildCaseAccess.Parse<InvestigationSource>(request.Source, "source");
        DateTimeOffset awareAt;
        if (source == InvestigationSource.Notification)
        {
            // The 4 months run from the notification's receipt, whenever the investigation is started.
            var notification = request.NotificationId is { } nid
                ? await db.ChildNotifications.FirstOrDefaultAsync(n => n.Id == nid && n.CitizenId == citizenId, ct) : null;
            if (notification is null)
            {
                throw ValidationException.For("notificationId", "is not a notification about this child");
            }
            awareAt = notification.ReceivedAt;
        }
        else
        {
            if (request.NotificationId is not null)
            {
                throw ValidationException.For("notificationId", "is only given when the source is a notification");
            }
            awareAt = request.AwareAt is null ? throw ValidationException.For("awareAt", "is required: when did the municipality become aware?")
                : cases.At(request.AwareAt, "awareAt");
        }
        var investigation = new ChildInvestigation(child.Value.MunicipalityId, citizenId, kind, source, request.NotificationId, awareAt,
            cases.Now, cases.Actor, request.Reason);
        db.ChildInvestigations.Add(investigation);
        await db.SaveChangesAsync(ct);
        return investigation.Id;
    }

    public Task<Result> RecordFindingAsync(Guid id, FindingRequest request, CancellationToken ct) =>
        ChangeAsync(id, i => i.RecordFinding(request.Theme ?? "", request.Resources, request.Concerns), ct);

    public Task<Result> RecordChildViewAsync(Guid id, ChildViewRequest request, CancellationToken ct) =>
        ChangeAsync(id, i => i.RecordChildView(request.Words ?? "", cases.Now), ct);

    public Task<Result> RecordPreliminaryAsync(Guid id, TextRequest request, CancellationToken ct) =>
        ChangeAsync(id, i => i.RecordPreliminary(request.Text ?? "", cases.Now), ct);

    public Task<Result> CompleteAsync(Guid id, TextRequest request, CancellationToken ct) =>
        ChangeAsync(id, i => i.Complete(request.Text ?? "", cases.Now), ct);

    /// <summary>Siblings must be citizens who share a parent with the child.</summary>
    public async Task<Result> SetSiblingsAsync(Guid id, SiblingsRequest request, CancellationToken ct)
    {
        var row = await cases.WriteRowAsync<ChildInvestigation>(id, "investigation", ct);
        if (!row.IsSuccess)
        {
            return row.Error;
        }
        var ids = request.SiblingIds ?? [];
        var child = await db.Citizens.FirstAsync(c => c.Id == row.Value.CitizenId, ct);
        var siblings = await db.Citizens.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        foreach (var sid in ids)
        {
            var s = siblings.FirstOrDefault(c => c.Id == sid);
            var shared = s is not null && ((s.MotherId is { } m && m == child.MotherId) || (s.FatherId is { } f && f == child.FatherId));
            if (!shared)
            {
                throw ValidationException.For("siblingIds", $"{sid} is not a sibling of the child (no shared parent)");
            }
        }
        row.Value.SetSiblings(ids);
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    public async Task<Result<IReadOnlyList<InvestigationDto>>> ListAsync(Guid citizenId, CancellationToken ct)
    {
        var child = await cases.ReadAsync(citizenId, Resource, ct);
        if (!child.IsSuccess)
        {
            return child.Error;
        }
        var rows = await db.ChildInvestigations.Where(i => i.CitizenId == citizenId).ToListAsync(ct);
        return rows.OrderByDescending(i => i.StartedAt).Select(ToDto).ToList();
    }

    public async Task<Result<InvestigationDto>> GetAsync(Guid id, CancellationToken ct)
    {
        var row = await db.ChildInvestigations.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (row is null)
        {
            return Error.NotFound("investigation");
        }
        var child = await cases.ReadAsync(row.CitizenId, Resource, ct);
        return child.IsSuccess ? ToDto(row) : Error.NotFound("investigation");
    }

    private async Task<Result> ChangeAsync(Guid id, Action<ChildInvestigation> change, CancellationToken ct)
    {
        var row = await cases.WriteRowAsync<ChildInvestigation>(id, "investigation", ct);
        if (!row.IsSuccess)
        {
            return row.Error;
        }
        change(row.Value);
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    internal static InvestigationDto ToDto(ChildInvestigation i) => new(i.Id, i.CitizenId, ChildCaseAccess.Kebab(i.Kind), ChildCaseAccess.Kebab(i.Source),
        i.NotificationId, DanishCalendar.InDenmark(i.AwareAt), DanishCalendar.AddMonthsInDenmark(i.AwareAt, DeadlineRules.InvestigationMonths), i.StartedAt,
        i.Reason, [.. i.Findings.Select(f => new FindingDto(f.Area, f.Theme, f.Resources, f.Concerns))], i.ChildView, i.ChildViewAt,
        [.. i.Siblings.Select(s => s.CitizenId)], i.PreliminaryAssessment, i.PreliminaryAt, i.Conclusion, i.CompletedAt);
}

using Mestring.Domain.Children;

namespace Mestring.Application.Children;

/// <summary>
/// Underretninger (§§132–137): received about a child, assessed within 24 hours (acute danger?), acknowledged to the
/// notifier; repeated notifications surface. Caseworkers only; an anonymous notifier is never stored, so never shown.
/// </summary>
public sealed class NotificationService(MestringDbContext db, ChildCaseAccess cases, CitizenAccess access)
{
    public const string Resource = "child-notifications";
    /// <summary>Two or more notifications within this window make a child "repeatedly notified".</summary>
    public const int RepeatWindowMonths = 12;

    public async Task<Result<Guid>> ReceiveAsync(Guid citizenId, NotificationRequest request, CancellationToken ct)
    {
        var child = await cases.WriteAsync(citizenId, ct);
        if (!child.IsSuccess)
        {
            return child.Error;
        }
        var kind = ChildCaseAccess.Parse<NotifierKind>(request.NotifierKind, "notifierKind");
        var notification = new ChildNotification(child.Value.MunicipalityId, citizenId, cases.At(request.ReceivedAt, "receivedAt"), kind,
            request.Anonymous, request.NotifierName, request.NotifierContact, request.NotifierRole, request.Concern ?? "", cases.Actor);
        db.ChildNotifications.Add(notification);
        await db.SaveChangesAsync(ct);
        return notification.Id;
    }

    public async Task<Result> AssessAsync(Guid notificationId, AssessNotificationRequest request, CancellationToken ct)
    {
        var row = await cases.WriteRowAsync<ChildNotification>(notificationId, "notification", ct);
        if (!row.IsSuccess)
        {
            return row.Error;
        }
        row.Value.Assess(request.AcuteDanger, request.Assessment ?? "", cases.Actor, cases.At(request.AssessedAt, "assessedAt"));
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    public async Task<Result> AcknowledgeAsync(Guid notificationId, AcknowledgeRequest request, CancellationToken ct)
    {
        var row = await cases.WriteRowAsync<ChildNotification>(notificationId, "notification", ct);
        if (!row.IsSuccess)
        {
            return row.Error;
        }
        row.Value.Acknowledge(cases.At(request.AcknowledgedAt, "acknowledgedAt"));
        await db.SaveChangesAsync(ct);
        return Result.Ok;
    }

    public async Task<Result<IReadOnlyList<NotificationDto>>> ListAsync(Guid citizenId, CancellationToken ct)
    {
        var child = await cases.ReadAsync(citizenId, Resource, ct);
        if (!child.IsSuccess)
        {
            return child.Error;
        }
        var rows = await db.ChildNotifications.Where(n => n.CitizenId == citizenId).ToListAsync(ct);
        rows = [.. rows.OrderByDescending(n => n.ReceivedAt)];
        return rows.Select(n => ToDto(n, rows)).ToList();
    }

    public async Task<Result<NotificationDto>> GetAsync(Guid notificationId, CancellationToken ct)
    {
        var row = await db.ChildNotifications.FirstOrDefaultAsync(n => n.Id == notificationId, ct);
        if (row is null)
        {
            return Error.NotFound("notification");
        }
        var list = await ListAsync(row.CitizenId, ct);
        return list.IsSuccess ? list.Value.First(n => n.Id == notificationId) : Error.NotFound("notification");
    }

    /// <summary>Children in the caller's caseload with two or more notifications within 12 months, most notified first.</summary>
    public async Task<IReadOnlyList<RepeatedNotificationsDto>> RepeatedAsync(CancellationToken ct)
    {
        var since = DanishCalendar.AddMonthsInDenmark(cases.Now, -RepeatWindowMonths);
        var rows = await access.Visible()
            .Join(db.ChildNotifications, c => c.Id, n => n.CitizenId, (c, n) => new { c.Id, c.Name, c.PersonId, n.ReceivedAt })
            .ToListAsync(ct);
        var repeated = rows.Where(r => r.ReceivedAt >= since).GroupBy(r => r.Id).Where(g => g.Count() >= 2)
            .Select(g => new RepeatedNotificationsDto(g.Key, g.First().Name ?? g.First().PersonId, g.Count(), g.Max(r => r.ReceivedAt)))
            .OrderByDescending(r => r.Count).ThenByDescending(r => r.LastReceivedAt).ToList();
        await access.RecordListAsync(repeated.Select(r => r.CitizenId), Resource, ct);
        return repeated;
    }

    private static NotificationDto ToDto(ChildNotification n, IReadOnlyList<ChildNotification> all)
    {
        var since = DanishCalendar.AddMonthsInDenmark(n.ReceivedAt, -RepeatWindowMonths);
        var repeats = all.Count(o => o.ReceivedAt >= since && o.ReceivedAt <= n.ReceivedAt);
        return new(n.Id, n.CitizenId, DanishCalendar.InDenmark(n.ReceivedAt), DanishCalendar.InDenmark(n.ReceivedAt + DeadlineRules.NotificationWindow),
            ChildCaseAccess.Kebab(n.NotifierKind), n.Anonymous, n.Anonymous ? null : n.NotifierName, n.Anonymous ? null : n.NotifierContact,
            n.NotifierRole, n.Concern, n.AssessedAt, n.AcuteDanger, n.Assessment, n.AssessedBy, n.AcknowledgedAt, repeats);
    }
}

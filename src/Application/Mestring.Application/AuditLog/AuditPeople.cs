namespace Mestring.Application.AuditLog;

/// <summary>Who a user id in the log is: the person's display name and organisation (team or provider).</summary>
public sealed record AuditPerson(string Name, string? Organisation);

/// <summary>
/// Turns the user ids of audit entries into people. The log keeps the login's id and name as they were; the person's
/// current display name and team or provider are looked up here (a deactivated login is still found: none is deleted).
/// </summary>
internal static class AuditPeople
{
    public static async Task<IReadOnlyDictionary<string, AuditPerson>> LookupAsync(MestringDbContext db, IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        var users = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.TeamId, u.ProviderId }).ToListAsync(ct);
        var teamIds = users.Select(u => u.TeamId).OfType<Guid>().Distinct().ToList();
        var providerIds = users.Select(u => u.ProviderId).OfType<Guid>().Distinct().ToList();
        var teams = await db.Teams.Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var providers = await db.Providers.Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return users.ToDictionary(u => u.Id, u => new AuditPerson(
            string.IsNullOrWhiteSpace(u.DisplayName) ? u.Id : u.DisplayName,
            u.TeamId is { } t ? teams.GetValueOrDefault(t) : u.ProviderId is { } p ? providers.GetValueOrDefault(p) : null), StringComparer.Ordinal);
    }

    /// <summary>A person, or for an id with no login (the system, a bulk load) the name the log recorded.</summary>
    public static AuditPerson Of(IReadOnlyDictionary<string, AuditPerson> people, string userId, string userName, string role) =>
        people.TryGetValue(userId, out var person) ? person : new AuditPerson(role is "" or "system" ? "Systemet" : userName, null);
}

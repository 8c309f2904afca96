using Mestring.Domain.Common;

namespace Mestring.Domain.Audit;

/// <summary>
/// One use of personal data (Danish logging practice: time, user, kind of use, the citizen or search).
/// Append-only: the application never changes or deletes an entry, and the database refuses to.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    private AuditEntry() { }

    /// <param name="user">Who used the data: the user's id, display name and role at the time.</param>
    public AuditEntry(Guid municipalityId, DateTimeOffset at, (string Id, string Name, string Role) user, string action, string resource, Guid? citizenId, string? reason, bool breakTheGlass)
    {
        MunicipalityId = municipalityId;
        At = at;
        (UserId, UserName, Role) = user;
        Action = action;
        Resource = resource;
        CitizenId = citizenId;
        Reason = reason;
        BreakTheGlass = breakTheGlass;
    }

    public long Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserId { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public string Role { get; private set; } = "";
    /// <summary>read, create, update, delete, denied, search.</summary>
    public string Action { get; private set; } = "";
    /// <summary>What was used, e.g. "plan", "citizen", "assessment".</summary>
    public string Resource { get; private set; } = "";
    public Guid? CitizenId { get; private set; }
    public string? Reason { get; private set; }
    public bool BreakTheGlass { get; private set; }
}

public static class AuditActions
{
    public const string Read = "read";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Denied = "denied";
    public const string Search = "search";
}

using Mestring.Domain.Common;

namespace Mestring.Domain.Access;

/// <summary>
/// A caseworker's emergency access to a citizen outside their caseload, with a written reason.
/// It lapses after <see cref="Duration"/> and every use is flagged in the audit log.
/// </summary>
public sealed class BreakGlassGrant : TenantEntity, ICitizenData
{
    public static readonly TimeSpan Duration = TimeSpan.FromHours(3);

    private BreakGlassGrant() { }

    public BreakGlassGrant(Guid municipalityId, string userId, Guid citizenId, string reason, DateTimeOffset at)
    {
        var trimmed = Guard.NotBlank(reason, "reason", 1000);
        if (trimmed.Length < 10)
        {
            throw ValidationException.For("reason", "must explain why (at least 10 characters)");
        }
        MunicipalityId = municipalityId;
        UserId = userId;
        CitizenId = citizenId;
        Reason = trimmed;
        GrantedAt = at;
        ExpiresAt = at + Duration;
    }

    public string UserId { get; private set; } = "";
    public Guid CitizenId { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset GrantedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    public bool IsActive(DateTimeOffset now) => now < ExpiresAt;
}

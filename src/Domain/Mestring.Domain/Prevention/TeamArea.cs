using Mestring.Domain.Common;

namespace Mestring.Domain.Prevention;

/// <summary>
/// An area (school district or housing area, the same names as <c>citizens.Area</c>) that a team covers for early
/// detection. A caseworker's worklist holds the flagged children living in their team's areas; a team with no areas
/// has an empty worklist (never the whole municipality).
/// </summary>
public sealed class TeamArea : TenantEntity
{
    public const int AreaMaxLength = 200;

    private TeamArea() { }

    public TeamArea(Guid municipalityId, Guid teamId, string area, string assignedBy, DateTimeOffset assignedAt)
    {
        MunicipalityId = municipalityId;
        TeamId = teamId;
        Area = Guard.NotBlank(area, "area", AreaMaxLength);
        AssignedBy = Guard.NotBlank(assignedBy, "assignedBy", 256);
        AssignedAt = assignedAt;
    }

    public Guid TeamId { get; private set; }
    public string Area { get; private set; } = "";
    public string AssignedBy { get; private set; } = "";
    public DateTimeOffset AssignedAt { get; private set; }
}

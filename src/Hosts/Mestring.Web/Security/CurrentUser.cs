using System.Security.Claims;
using Mestring.Application.Access;
using Mestring.Data.Auditing;
using Mestring.Data.Tenancy;
using Mestring.Domain.Access;

namespace Mestring.Web.Security;

/// <summary>
/// The signed-in user of this request: the tenant for the query filters, the actor for the audit log and
/// the viewer for the access rules. An anonymous request belongs to no municipality and sees nothing.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid? MunicipalityId => Guid.TryParse(Principal.FindFirstValue(MestringClaims.Municipality), out var id) ? id : Guid.Empty;

    public bool IsSystem => false;

    public string UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    public string UserName => Principal.FindFirstValue(ClaimTypes.Name) ?? "anonymous";

    public string DisplayName => Principal.FindFirstValue(MestringClaims.DisplayName) ?? UserName;

    public string Role => Principal.FindFirstValue(ClaimTypes.Role) ?? "";

    /// <summary>A reason given for this request (break-the-glass), recorded with every audit entry it writes.</summary>
    public string? Reason { get; set; }

    public Guid? TeamId => GuidClaim(MestringClaims.Team);

    public Guid? ProviderId => GuidClaim(MestringClaims.Provider);

    public Guid? CitizenId => GuidClaim(MestringClaims.Citizen);

    public Viewer Viewer => new(UserId, UserName, Role, MunicipalityId ?? Guid.Empty, TeamId, ProviderId, CitizenId);

    private Guid? GuidClaim(string type) => Guid.TryParse(Principal.FindFirstValue(type), out var id) ? id : null;
}

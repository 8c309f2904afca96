using Mestring.Data.Tenancy;
using Mestring.Domain.Access;

namespace Mestring.Application.Access;

/// <summary>
/// Who runs a use case: the tenant for the query filters, the actor for the audit log and the viewer for the access
/// rules. The web reads it from the signed-in user; the CLI runs as the system.
/// </summary>
public interface ICurrentUser : ITenantContext, IAuditActor
{
    bool IsAuthenticated { get; }

    string DisplayName { get; }

    Guid? TeamId { get; }

    Guid? ProviderId { get; }

    Guid? CitizenId { get; }

    /// <summary>A reason given for this unit of work (break-the-glass), recorded with every audit entry it writes.</summary>
    new string? Reason { get; set; }

    Viewer Viewer { get; }
}

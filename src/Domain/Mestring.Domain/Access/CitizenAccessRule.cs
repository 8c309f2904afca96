using Mestring.Domain.Organisation;

namespace Mestring.Domain.Access;

/// <summary>How a viewer came to see a citizen; recorded in the audit log.</summary>
public enum AccessBasis
{
    None,
    Assigned,
    Team,
    ActiveOrder,
    Self,
    SharedTask,
    BreakTheGlass,
    /// <summary>A parent with custody of a child (forældremyndighed).</summary>
    Custody,
}

/// <summary>The facts about one citizen that decide access.</summary>
public sealed record CitizenRelations(
    Guid CitizenId,
    string? CaseworkerId,
    Guid? TeamId,
    IReadOnlyCollection<Guid> ProvidersWithOpenOrders,
    IReadOnlyCollection<string> NetworkUsersWithConsent,
    bool HasBreakGlassGrant,
    IReadOnlyCollection<string>? ParentsWithCustody = null);

/// <summary>
/// Relationship-based access to a citizen's personal data. A manager, supervisor, auditor or administrator
/// has no relationship to any citizen and so sees no personal data.
/// </summary>
public static class CitizenAccessRule
{
    public static AccessBasis Decide(Viewer viewer, CitizenRelations citizen) => viewer.Role switch
    {
        Roles.Caseworker when citizen.CaseworkerId == viewer.UserId => AccessBasis.Assigned,
        Roles.Caseworker when viewer.TeamId is { } team && citizen.TeamId == team => AccessBasis.Team,
        Roles.Caseworker when citizen.HasBreakGlassGrant => AccessBasis.BreakTheGlass,
        Roles.Provider when viewer.ProviderId is { } p && citizen.ProvidersWithOpenOrders.Contains(p) => AccessBasis.ActiveOrder,
        Roles.Citizen when viewer.CitizenId == citizen.CitizenId => AccessBasis.Self,
        Roles.Network when citizen.NetworkUsersWithConsent.Contains(viewer.UserId) => AccessBasis.SharedTask,
        Roles.Parent when citizen.ParentsWithCustody?.Contains(viewer.UserId) == true => AccessBasis.Custody,
        _ => AccessBasis.None,
    };
}

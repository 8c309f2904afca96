using Mestring.Data.Tenancy;

namespace Mestring.Application.Access;

/// <summary>What a host may ask of the signed-in user without reaching into persistence's tenant type itself.</summary>
public static class CurrentUserExtensions
{
    /// <summary>The user's municipality; <see cref="Guid.Empty"/> for a user without one (the use case then finds nothing).</summary>
    public static Guid Municipality(this ICurrentUser user) => ((ITenantContext)user).MunicipalityId ?? Guid.Empty;
}

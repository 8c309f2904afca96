using System.Security.Claims;
using Mestring.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Mestring.Web.Security;

/// <summary>Puts the user's municipality, role and relationships into the cookie, so that each request knows them without a lookup.</summary>
public sealed class MestringClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        // Further roles after the first, which stays the one the access rules read; their policies see them all.
        foreach (var extra in identity.FindAll(Mestring.Application.Administration.AccountState.ExtraRoleClaim).ToList())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, extra.Value));
        }
        identity.AddClaim(new Claim(MestringClaims.Municipality, user.MunicipalityId.ToString()));
        identity.AddClaim(new Claim(MestringClaims.DisplayName, user.DisplayName));
        AddIf(identity, MestringClaims.Team, user.TeamId);
        AddIf(identity, MestringClaims.Provider, user.ProviderId);
        AddIf(identity, MestringClaims.Citizen, user.CitizenId);
        return identity;
    }

    private static void AddIf(ClaimsIdentity identity, string type, Guid? value)
    {
        if (value is { } v)
        {
            identity.AddClaim(new Claim(type, v.ToString("D", CultureInfo.InvariantCulture)));
        }
    }
}

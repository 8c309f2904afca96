using Mestring.Application.Administration;
using Mestring.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Mestring.Web.Security;

/// <summary>
/// Identity's sign-in with one rule of ours: a deactivated login cannot sign in at all (the API answers 401, as for a
/// wrong password), rather than being told it is temporarily locked.
/// </summary>
public sealed class MestringSignInManager(
    UserManager<AppUser> users, IHttpContextAccessor accessor, IUserClaimsPrincipalFactory<AppUser> claims, IOptions<IdentityOptions> options,
    ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(users, accessor, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) => !AccountState.IsDeactivated(user) && await base.CanSignInAsync(user);
}

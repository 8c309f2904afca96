using Microsoft.AspNetCore.Authorization;

namespace Mestring.Web.Pages;

[AllowAnonymous]
public sealed class LogoutModel(PasswordLogin login) : PageModel
{
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await login.SignOutAsync(HttpContext);
        TempData.Clear();
        return LocalRedirect("/logout?ok=1");
    }
}

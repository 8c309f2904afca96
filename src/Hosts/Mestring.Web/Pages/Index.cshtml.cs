using Mestring.Domain.Organisation;

namespace Mestring.Web.Pages;

/// <summary>The front door: each role goes to its own start page.</summary>
public sealed class IndexModel(CurrentUser user) : PageModel
{
    public IActionResult OnGet() => user.Role switch
    {
        Roles.Caseworker => LocalRedirect("/sagsbehandler"),
        Roles.Provider => LocalRedirect("/leverandoer"),
        Roles.Citizen => LocalRedirect("/minplan"),
        Roles.Manager or Roles.Supervision or Roles.Admin => LocalRedirect("/ledelse"),
        Roles.Auditor => LocalRedirect("/revision"),
        Roles.Parent => LocalRedirect("/foraelder"),
        _ => Page(),
    };
}

using Microsoft.AspNetCore.Authorization;

namespace Mestring.Web.Pages.Ledelse.Styring;

/// <summary>The list of steering analyses.</summary>
[Authorize(Roles = "Manager,Admin,Supervision")]
public sealed class SteeringIndexModel : PageModel
{
    public void OnGet()
    {
    }
}

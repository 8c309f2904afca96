using Mestring.Application.Children;
using Mestring.Domain.Organisation;
using Microsoft.AspNetCore.Authorization;

namespace Mestring.Web.Pages.Foraelder;

/// <summary>A parent's start page: the children they have custody of (forældremyndighed).</summary>
[Authorize(Roles = Roles.Parent)]
public sealed class IndexModel(ChildPlanService plans) : PageModel
{
    public IReadOnlyList<MyChildDto> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Children = await plans.MyChildrenAsync(ct);
        return Children.Count == 1 ? LocalRedirect($"/foraelder/{Children[0].CitizenId}") : Page();
    }
}

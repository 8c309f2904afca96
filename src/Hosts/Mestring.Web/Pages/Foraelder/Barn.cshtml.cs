using Mestring.Application.Children;
using Mestring.Domain.Organisation;
using Microsoft.AspNetCore.Authorization;

namespace Mestring.Web.Pages.Foraelder;

/// <summary>
/// A parent's view of their child's case: barnets plan in plain words, the goals, the decisions with the complaint
/// guidance, and the deadlines the family is owed. Never the notifications, who made them, or the investigations.
/// </summary>
[Authorize(Roles = Roles.Parent)]
public sealed class ChildModel(ChildPlanService plans, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public ChildPlanViewDto View { get; private set; } = null!;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var view = await plans.ViewAsync(Id, ct);
        if (!view.IsSuccess)
        {
            return NotFound();
        }
        View = view.Value;
        return Page();
    }
}

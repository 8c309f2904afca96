using Mestring.Application.Children;

namespace Mestring.Web.Pages.MinPlan;

/// <summary>
/// A child's or young person's own page (from the age set in Children:ChildSeesOwnPlanFromAge, default 12): their plan
/// in plain words, their own words and goals, and when the plan will be looked at again. No decisions, no notifications.
/// </summary>
public sealed class ChildPlanModel(ChildPlanService plans, CurrentUser user, TimeProvider clock) : PageModel
{
    public ChildPlanViewDto? View { get; private set; }

    /// <summary>Why there is nothing to show (too young, or no plan under Barnets Lov).</summary>
    public string? TooYoung { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (user.CitizenId is not { } me)
        {
            return NotFound();
        }
        var view = await plans.ViewAsync(me, ct);
        if (view.Error is { Kind: ErrorKind.Forbidden } refused)
        {
            TooYoung = refused.Message;
            return Page();
        }
        View = view.OrNull();
        return Page();
    }
}

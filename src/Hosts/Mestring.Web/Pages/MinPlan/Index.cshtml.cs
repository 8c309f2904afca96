using Mestring.Application.FollowUps;
using Mestring.Application.Interventions;

namespace Mestring.Web.Pages.MinPlan;

/// <summary>The citizen's own plan in plain Danish: their goals in their own words, who helps, and rating progress.</summary>
public sealed class IndexModel(PlanQueries plans, FollowUpService followUps, SharedProgressNotes sharedNotes, CurrentUser user, IStringLocalizer<SharedResource> t) : PageModel
{
    public PlanDto? Plan { get; private set; }

    /// <summary>The notes the citizen's providers have shared with them (and no other notes).</summary>
    public IReadOnlyList<SharedProgressNoteDto> SharedNotes { get; private set; } = [];

    [BindProperty]
    public Guid GoalId { get; set; }

    [BindProperty]
    public int? Rating { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Plan is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostRateAsync(CancellationToken ct)
    {
        var field = RatingField(GoalId);
        if (Rating is null)
        {
            ModelState.AddModelError(field, t["Vælg et tal fra 1 til 10."]);
        }
        else
        {
            try
            {
                if ((await followUps.RateAsync(GoalId, new RateRequest(Rating.Value, string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim()), ct)).Failed())
                {
                    return NotFound();
                }
                TempData["Flash"] = t["Tak! Din vurdering er gemt ({0} ud af 10).", Rating.Value].Value;
                return LocalRedirect("/minplan#goal-" + GoalId.ToString("N"));
            }
            catch (ValidationException e)
            {
                FormErrors.Add(ModelState, t, e, _ => field);
            }
        }
        await LoadAsync(ct);
        return Plan is null ? NotFound() : Page();
    }

    public static string RatingField(Guid goalId) => "Rating_" + goalId.ToString("N");

    private async Task LoadAsync(CancellationToken ct)
    {
        if (user.CitizenId is { } me)
        {
            Plan = (await plans.GetAsync(me, ct)).OrNull();
            SharedNotes = (await sharedNotes.MineAsync(ct)).OrNull() ?? [];
        }
    }
}

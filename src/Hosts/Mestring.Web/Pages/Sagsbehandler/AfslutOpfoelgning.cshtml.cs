using Mestring.Terminology;
using Mestring.Application.Assessments;
using Mestring.Application.FollowUps;

namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>Complete a follow-up: re-assess the goals' conditions, record the citizen's ratings, notes and the FFB decision.</summary>
public sealed class CompleteFollowUpPageModel(CitizenQueries citizens, PlanQueries plans, FollowUpService followUps, AssessmentService assessments,
    IStringLocalizer<SharedResource> t) : CitizenPageModel(citizens)
{
    [FromRoute]
    public Guid FollowUpId { get; set; }

    [BindProperty]
    public CompleteInput Input { get; set; } = new();

    public FollowUpDto? FollowUp { get; private set; }
    public IReadOnlyList<GoalDto> Goals { get; private set; } = [];
    public IReadOnlyList<string> Conditions { get; private set; } = [];
    public AssessmentDto? Previous { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        return FollowUp is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        if (FollowUp is null || FollowUp.CompletedAt is not null)
        {
            return NotFound();
        }
        ModelState.Clear();
        if (Input.Decision is null)
        {
            ModelState.AddModelError("Input.Decision", t["Vælg en beslutning."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var reassessment = Input.Levels.Where(l => !string.IsNullOrEmpty(l.Code) && (l.FunctionLevel is not null || l.SupportNeed is not null))
            .Select(l => new AssessmentItemRequest(l.Code!, l.FunctionLevel, l.SupportNeed)).ToList();
        var ratings = Input.Ratings.Where(r => r.Rating is not null)
            .Select(r => new GoalRatingRequest(r.GoalId, r.Rating!.Value, string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment.Trim())).ToList();
        try
        {
            var done = await followUps.CompleteAsync(FollowUpId, new CompleteRequest(Input.Decision!.Value, Blank(Input.Note), Blank(Input.ProviderNote), reassessment, ratings), ct);
            if (done.Failed())
            {
                return NotFound();
            }
        }
        catch (ValidationException e)
        {
            FormErrors.Add(ModelState, t, e, _ => string.Empty);
            return Page();
        }
        catch (DomainException e)
        {
            FormErrors.Add(ModelState, t, e);
            return Page();
        }
        TempData["Flash"] = t["Opfølgningen er gennemført: {0}.", t.Decision(Input.Decision.ToString())].Value;
        return LocalRedirect(OverviewUrl);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return false;
        }
        FollowUp = (await followUps.ListAsync(CitizenId, ct)).OrNull()?.FirstOrDefault(f => f.Id == FollowUpId);
        Goals = [.. ((await plans.GetAsync(CitizenId, ct)).OrNull()?.Goals ?? []).Where(g => g.Status == Domain.Plans.GoalStatus.Active)];
        Conditions = [.. Goals.SelectMany(g => g.SecondaryConditionCodes.Prepend(g.PrimaryConditionCode)).Distinct(StringComparer.Ordinal)];
        Previous = (await assessments.ListAsync(CitizenId, ct)).OrNull()?.FirstOrDefault();
        return true;
    }

    public sealed class CompleteInput
    {
        public FollowUpDecisionKind? Decision { get; set; }
        public string? Note { get; set; }
        public string? ProviderNote { get; set; }
        public List<LevelInput> Levels { get; set; } = [];
        public List<RatingInput> Ratings { get; set; } = [];
    }

    public sealed class LevelInput
    {
        public string? Code { get; set; }
        public int? FunctionLevel { get; set; }
        public int? SupportNeed { get; set; }
    }

    public sealed class RatingInput
    {
        public Guid GoalId { get; set; }
        public int? Rating { get; set; }
        public string? Comment { get; set; }
    }
}

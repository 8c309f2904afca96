using Mestring.Domain.Plans;
using Mestring.Terminology;

namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>Agree a new goal with the citizen, or revise one: their words, the professional formulation, FFB codes and levels.</summary>
public sealed class GoalPageModel(CitizenQueries citizens, PlanQueries plans, PlanCommands commands, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : CitizenPageModel(citizens)
{
    [FromRoute]
    public Guid? GoalId { get; set; }

    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public bool Editing => GoalId is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return Page();
        }
        if (GoalId is { } goalId)
        {
            var goal = (await plans.GetAsync(CitizenId, ct)).OrNull()?.Goals.FirstOrDefault(g => g.Id == goalId);
            if (goal is null)
            {
                return NotFound();
            }
            Input = new GoalInput
            {
                CitizenWords = goal.CitizenWords,
                ProfessionalText = goal.ProfessionalText,
                Kind = goal.Kind,
                PrimaryConditionCode = goal.PrimaryConditionCode,
                SecondaryConditionCodes = [.. goal.SecondaryConditionCodes],
                BaselineLevel = goal.BaselineLevel,
                TargetLevel = goal.TargetLevel,
                DueDate = Fmt.Iso(goal.DueDate),
                Status = goal.Status,
                OriginalStatus = goal.Status,
            };
        }
        else
        {
            Input.DueDate = Fmt.Iso(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddMonths(6));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return Page();
        }
        ModelState.Clear();
        var words = FormErrors.Text(ModelState, t, "Input.CitizenWords", Input.CitizenWords);
        var professional = FormErrors.Text(ModelState, t, "Input.ProfessionalText", Input.ProfessionalText);
        if (string.IsNullOrEmpty(Input.PrimaryConditionCode))
        {
            ModelState.AddModelError("Input.PrimaryConditionCode", t["Vælg den tilstand, målet især handler om."]);
        }
        if (Input.TargetLevel is null)
        {
            ModelState.AddModelError("Input.TargetLevel", t["Vælg det niveau, I sigter mod."]);
        }
        var due = FormErrors.Date(ModelState, t, "Input.DueDate", Input.DueDate, required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var request = new GoalRequest(words!, professional!, Input.Kind, Input.PrimaryConditionCode!,
            [.. Input.SecondaryConditionCodes.Where(c => c != Input.PrimaryConditionCode)], Input.BaselineLevel, Input.TargetLevel, due!.Value);
        try
        {
            Result<Guid> saved;
            if (GoalId is { } goalId)
            {
                saved = await commands.ReviseGoalAsync(CitizenId, goalId, request, ct);
                if (saved.IsSuccess && Input.Status is { } status && status != Input.OriginalStatus)
                {
                    await commands.SetGoalStatusAsync(CitizenId, goalId, status, ct);
                }
            }
            else
            {
                saved = await commands.AgreeGoalAsync(CitizenId, request, ct);
            }
            if (saved.Failed())
            {
                return NotFound();
            }
        }
        catch (ValidationException e)
        {
            FormErrors.Add(ModelState, t, e, field => "Input." + char.ToUpperInvariant(field[0]) + field[1..]);
            return Page();
        }
        TempData["Flash"] = (Editing ? t["Målet er ændret, og planen har fået en ny version."] : t["Målet er tilføjet planen."]).Value;
        return LocalRedirect(OverviewUrl);
    }

    public sealed class GoalInput
    {
        public string? CitizenWords { get; set; }
        public string? ProfessionalText { get; set; }
        public GoalKind Kind { get; set; } = GoalKind.Develop;
        public string? PrimaryConditionCode { get; set; }
        public List<string> SecondaryConditionCodes { get; set; } = [];
        public int? BaselineLevel { get; set; }
        public int? TargetLevel { get; set; }
        public string? DueDate { get; set; }
        public GoalStatus? Status { get; set; }
        public GoalStatus? OriginalStatus { get; set; }
    }
}

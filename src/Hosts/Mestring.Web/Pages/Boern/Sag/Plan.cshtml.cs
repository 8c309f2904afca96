using Mestring.Application.Children;

namespace Mestring.Web.Pages.Boern.Sag;

/// <summary>Record barnets plan (§§91–92), the ungeplan (§§108–109) or the transition at 18 as a new version of the child's one plan.</summary>
public sealed class ChildPlanPageModel(CitizenQueries citizens, IStringLocalizer<SharedResource> t, ChildDecisionService decisions, ChildPlanService plans)
    : ChildCasePageModel(citizens, t)
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public IReadOnlyList<DecisionDto> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Kind ??= "child-plan";
        Input.DecisionId ??= Decisions.FirstOrDefault()?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        return await StepAsync(async () => (await plans.RecordAsync(CitizenId, new ChildPlanRequest(Input.Kind, Blank(Input.PlainSummary),
                Blank(Input.ChildWords), Blank(Input.ParentsWords), Input.DecisionId, Input.Kind == "transition" ? Input.Target : null), ct)).Error,
            "Planen er gemt som en ny version.", InputField, () => LoadAsync(ct));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return false;
        }
        Decisions = (await decisions.ListAsync(CitizenId, ct)).OrNull() ?? [];
        return true;
    }

    public sealed class PlanInput
    {
        public string? Kind { get; set; }
        public string? PlainSummary { get; set; }
        public string? ChildWords { get; set; }
        public string? ParentsWords { get; set; }
        public Guid? DecisionId { get; set; }
        public string? Target { get; set; }
    }
}

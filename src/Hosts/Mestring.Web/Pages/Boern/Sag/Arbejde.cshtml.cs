using Mestring.Application.Children;

namespace Mestring.Web.Pages.Boern.Sag;

/// <summary>
/// Work on a §19 afdækning or §20 undersøgelse on the ICS triangle: findings (resources and concerns) per sub-theme, the
/// child's own view in the child's words, the foreløbig vurdering and the conclusion.
/// </summary>
public sealed class InvestigationPageModel(CitizenQueries citizens, IStringLocalizer<SharedResource> t, InvestigationService investigations)
    : ChildCasePageModel(citizens, t)
{
    [FromRoute]
    public Guid InvestigationId { get; set; }

    [BindProperty]
    public WorkInput Input { get; set; } = new();

    public InvestigationDto? Investigation { get; private set; }

    private string Here => $"{CaseUrl}/undersoegelse/{InvestigationId}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) || Missing ? Page() : NotFound();

    public Task<IActionResult> OnPostFindingAsync(CancellationToken ct) => RunAsync(() =>
        investigations.RecordFindingAsync(InvestigationId, new FindingRequest(Input.Theme, Blank(Input.Resources), Blank(Input.Concerns)), ct),
        "Vurderingen er gemt.", ct);

    public Task<IActionResult> OnPostChildViewAsync(CancellationToken ct) => RunAsync(() =>
        investigations.RecordChildViewAsync(InvestigationId, new ChildViewRequest(Blank(Input.ChildView)), ct), "Barnets egne ord er gemt.", ct);

    public Task<IActionResult> OnPostPreliminaryAsync(CancellationToken ct) => RunAsync(() =>
        investigations.RecordPreliminaryAsync(InvestigationId, new TextRequest(Blank(Input.Text)), ct), "Den foreløbige vurdering er gemt.", ct);

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) => RunAsync(() =>
        investigations.CompleteAsync(InvestigationId, new TextRequest(Blank(Input.Text)), ct), "Undersøgelsen er afsluttet.", ct);

    private async Task<IActionResult> RunAsync(Func<Task<Result>> step, string flash, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Missing ? Page() : NotFound();
        }
        return await StepAsync(async () => (await step()).Error, flash, f => f switch
        {
            "words" => "Input.ChildView",
            "theme" => "Input.Theme",
            _ => "Input.Text",
        }, () => LoadAsync(ct), () => Here);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return false;
        }
        Investigation = (await investigations.GetAsync(InvestigationId, ct)).OrNull();
        return Investigation is not null && Investigation.CitizenId == CitizenId;
    }

    public sealed class WorkInput
    {
        public string? Theme { get; set; }
        public string? Resources { get; set; }
        public string? Concerns { get; set; }
        public string? ChildView { get; set; }
        public string? Text { get; set; }
    }
}

using Mestring.Application.Interventions;

namespace Mestring.Web.Pages.Leverandoer;

/// <summary>
/// A served citizen as the provider may see them: its own interventions and the goals they serve, and a form
/// to record delivered support and progress. Any other citizen answers 404.
/// </summary>
public sealed class ServedCitizenPageModel(CitizenQueries citizens, PlanQueries plans, InterventionCommands commands, ProgressNoteQueries notes, SharedProgressNotes sharing, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute(Name = "id")]
    public Guid CitizenId { get; set; }

    public CitizenDto? Citizen { get; private set; }
    public PlanDto? Plan { get; private set; }
    /// <summary>The notes already written on this citizen's orders to this provider, newest first.</summary>
    public IReadOnlyList<ProgressNoteDto> Notes { get; private set; } = [];

    [BindProperty]
    public NoteInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Missing();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Missing();
        }
        var prefix = $"Notes[{Input.InterventionId:N}]";
        var text = FormErrors.Text(ModelState, t, prefix + ".Text", Input.Text);
        var units = FormErrors.Number(ModelState, t, prefix + ".DeliveredUnits", Input.DeliveredUnits, required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            if ((await commands.RecordProgressAsync(Input.InterventionId, new ProgressNoteRequest(text!, Input.GoalId, units, Input.SharedWithCitizen), ct)).Failed())
            {
                return Missing();
            }
        }
        catch (ValidationException e)
        {
            FormErrors.Add(ModelState, t, e, field => prefix + "." + char.ToUpperInvariant(field[0]) + field[1..]);
            return Page();
        }
        catch (DomainException e)
        {
            FormErrors.Add(ModelState, t, e);
            return Page();
        }
        TempData["Flash"] = t["Notatet om fremskridt er gemt."].Value;
        return LocalRedirect($"/leverandoer/borger/{CitizenId}");
    }

    /// <summary>Shares a written note with the citizen, or stops sharing it.</summary>
    public async Task<IActionResult> OnPostSharingAsync(Guid noteId, bool shared, CancellationToken ct)
    {
        if (!await LoadAsync(ct) || (await sharing.SetSharingAsync(noteId, new NoteSharingRequest(shared), ct)).Failed())
        {
            return Missing();
        }
        TempData["Flash"] = (shared ? t["SharedNotes.Notatet er delt med borgeren."] : t["SharedNotes.Notatet deles ikke længere med borgeren."]).Value;
        return LocalRedirect($"/leverandoer/borger/{CitizenId}");
    }

    public bool NotFoundShown { get; private set; }

    private PageResult Missing()
    {
        NotFoundShown = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Citizen = (await citizens.GetAsync(CitizenId, ct)).OrNull();
        if (Citizen is null)
        {
            return false;
        }
        Plan = (await plans.GetAsync(CitizenId, ct)).OrNull();
        if (Plan is not null)
        {
            Notes = (await notes.ForCitizenAsync(CitizenId, ct)).OrNull() ?? [];
        }
        return Plan is not null;
    }

    public sealed class NoteInput
    {
        public Guid InterventionId { get; set; }
        public Guid? GoalId { get; set; }
        public string? Text { get; set; }
        public string? DeliveredUnits { get; set; }
        public bool SharedWithCitizen { get; set; }
    }
}

using Mestring.Application.Oversight.Registry;
using Mestring.Domain.Organisation;

namespace Mestring.Web.Pages.Tilsyn;

/// <summary>The quarantine register (socialtilsynsloven §14 a): list for supervision and managers, new entries by supervision.</summary>
public sealed class QuarantinePageModel(ProviderRegistryEdits edits, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<QuarantineView> Entries { get; private set; } = [];

    public bool CanEdit => User.IsInRole(Roles.Supervision);

    [BindProperty]
    public QuarantineForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var from = FormErrors.Date(ModelState, t, "Input.From", Input.From, required: true);
        var to = FormErrors.Date(ModelState, t, "Input.To", Input.To, required: true);
        if (ModelState.IsValid)
        {
            var result = await edits.AddQuarantineAsync(new QuarantineRequest(Input.PersonId, Input.Role, from, to, Input.DecidedBy), ct);
            if (result.IsSuccess)
            {
                TempData["Flash"] = t["Oversight.Saved.Quarantine"].Value;
                return RedirectToPage();
            }
            if (result.Error!.Kind == Mestring.Domain.Common.ErrorKind.Forbidden)
            {
                return Forbid();
            }
            TilsynErrors.Add(ModelState, t, result.Error, "Input");
        }
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var result = await edits.QuarantinesAsync(ct);
        if (!result.IsSuccess)
        {
            return Forbid();
        }
        Entries = result.Value;
        return Page();
    }

    public sealed class QuarantineForm
    {
        public string? PersonId { get; set; }
        public string? Role { get; set; } = "leader";
        public string? From { get; set; }
        public string? To { get; set; }
        public string? DecidedBy { get; set; }
    }
}

namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>Break-the-glass by person id: for a citizen outside the caseload, with a written reason, for 3 hours.</summary>
public sealed class BreakGlassPageModel(CitizenLookup lookup, CitizenQueries citizens, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? PersonId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public BreakGlassForm Form { get; private set; } = new("/sagsbehandler/adgang", true, null, null, null, null);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        string? personError = null, reasonError = null;
        if (string.IsNullOrWhiteSpace(PersonId))
        {
            personError = t["Skriv borgerens borger-id."];
            ModelState.AddModelError(nameof(PersonId), personError);
        }
        var reason = Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length < 10)
        {
            reasonError = t["Skriv en begrundelse på mindst 10 tegn."];
            ModelState.AddModelError(nameof(Reason), reasonError);
        }
        if (personError is null && reasonError is null)
        {
            var id = await lookup.FindForBreakGlassAsync(PersonId!, reason!, ct);
            if (id.IsSuccess && (await citizens.BreakGlassAsync(id.Value, reason!, ct)).IsSuccess)
            {
                var citizenId = id.Value;
                TempData["Flash"] = t["Du har nu nødadgang til borgeren i 3 timer. Adgangen er logget."].Value;
                return LocalRedirect($"/sagsbehandler/borger/{citizenId}");
            }
            personError = t["Der findes ingen borger med det borger-id i kommunen."];
            ModelState.AddModelError(nameof(PersonId), personError);
        }
        Form = new BreakGlassForm("/sagsbehandler/adgang", true, PersonId, Reason, personError, reasonError);
        return Page();
    }
}

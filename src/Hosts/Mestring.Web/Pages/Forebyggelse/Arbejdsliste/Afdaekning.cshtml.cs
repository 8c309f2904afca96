using Mestring.Application.Children;

namespace Mestring.Web.Pages.Forebyggelse.Arbejdsliste;

/// <summary>Opens a §19 afdækning for a child on the early-detection worklist (one click, with a reason; audited) and goes to it.</summary>
public sealed class OpenAfdaekningModel(ScreeningAfdaekning afdaekning, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string? Refusal { get; private set; }

    public IActionResult OnGet() => LocalRedirect($"/forebyggelse/arbejdsliste/{Id}");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var opened = await afdaekning.OpenAsync(Id, Reason, ct);
        switch (opened.Error)
        {
            case null:
                TempData["Flash"] = t["Afdækningen er åbnet med screeningen som grund."].Value;
                return LocalRedirect($"/boern/sag/{Id}/undersoegelse/{opened.Value}");
            case { Kind: ErrorKind.NotFound }:
                return NotFound();
            case { Kind: ErrorKind.Invalid }:
                ModelState.AddModelError(nameof(Reason), t["Skriv en begrundelse for at åbne en afdækning."]);
                return Page();
            case { Code: var code } refused:
                Refusal = code == Mestring.Application.Prevention.PreventionErrors.OffCode ? refused.Message : t[Boern.Sag.ChildCasePageModel.Rule(code)];
                return Page();
        }
    }
}

using Mestring.Domain.Common;
using Mestring.Web.Features.Prevention;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Mestring.Web.Pages.Forebyggelse.Arbejdsliste;

/// <summary>One flagged child: the factors with the data behind each, the calibrated meaning, and the caseworker's decision.</summary>
public sealed class BarnModel(PreventionWorklist worklist, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public WorklistPersonDto? Person { get; private set; }

    public PreventionRefusal? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (DecisionKinds.Parse(Input.Kind) is null)
        {
            ModelState.AddModelError("Input.Kind", t["Vælg en beslutning."]);
        }
        if (string.IsNullOrWhiteSpace(Input.Reason))
        {
            ModelState.AddModelError("Input.Reason", t["Skriv en begrundelse for beslutningen."]);
        }
        if (!ModelState.IsValid)
        {
            return await LoadAsync(ct) ? Page() : NotFound();
        }
        try
        {
            var answer = await worklist.DecideAsync(Id, new DecisionRequest(Input.Kind, Input.Reason), ct);
            if (answer.Refusal is { } refusal)
            {
                Refusal = refusal;
                return Page();
            }
            if (answer.NotFound)
            {
                return NotFound();
            }
        }
        catch (ValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                ModelState.AddModelError(field == "reason" ? "Input.Reason" : "Input.Kind", messages[0]);
            }
            return await LoadAsync(ct) ? Page() : NotFound();
        }
        TempData["Flash"] = t["Beslutningen er registreret."].Value;
        return LocalRedirect($"/forebyggelse/arbejdsliste/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var answer = await worklist.PersonAsync(Id, ct);
        Person = answer.Value;
        Refusal = answer.Refusal;
        return !answer.NotFound;
    }

    public sealed class DecisionInput
    {
        public string? Kind { get; set; }

        public string? Reason { get; set; }
    }
}

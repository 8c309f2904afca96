using Mestring.Application.Prevention;

namespace Mestring.Web.Pages.Forebyggelse.Arbejdsliste;

/// <summary>One flagged child: the factors with the data behind each, the calibrated meaning, and the caseworker's decision.</summary>
public sealed class ChildPageModel(PreventionWorklist worklist, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public WorklistPersonDto? Person { get; private set; }

    /// <summary>Why nothing about the child is shown (early detection is switched off).</summary>
    public Error? Refusal { get; private set; }

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
        var answer = await worklist.DecideAsync(Id, new DecisionRequest(Input.Kind, Input.Reason), ct);
        switch (answer.Error)
        {
            case { Kind: ErrorKind.Conflict } refusal:
                Refusal = refusal;
                return Page();
            case { Kind: ErrorKind.NotFound }:
                return NotFound();
            case { Fields: { } fields }:
                foreach (var (field, messages) in fields)
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
        Person = answer.IsSuccess ? answer.Value : null;
        Refusal = answer.Error is { Kind: ErrorKind.Conflict } refusal ? refusal : null;
        return answer.Error is not { Kind: ErrorKind.NotFound };
    }

    public sealed class DecisionInput
    {
        public string? Kind { get; set; }

        public string? Reason { get; set; }
    }
}

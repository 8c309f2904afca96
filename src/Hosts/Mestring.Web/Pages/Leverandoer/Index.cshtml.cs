using Mestring.Application.Interventions;

namespace Mestring.Web.Pages.Leverandoer;

/// <summary>The provider's inbox: new orders to accept or decline (with a reason), and the active ones.</summary>
public sealed class IndexModel(InterventionQueries queries, InterventionCommands commands, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<InboxItemDto> Orders { get; private set; } = [];

    [BindProperty]
    public Guid InterventionId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Orders = await queries.InboxAsync(includeActive: true, ct);

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) =>
        AnswerAsync(() => commands.AcceptAsync(InterventionId, ct), null, "Bestillingen er accepteret. Indsatsen er nu aktiv.", ct);

    public async Task<IActionResult> OnPostDeclineAsync(CancellationToken ct)
    {
        var field = $"Reason_{InterventionId:N}";
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(field, t["Skriv hvorfor I afviser bestillingen."]);
            return await ReloadAsync(ct);
        }
        return await AnswerAsync(() => commands.DeclineAsync(InterventionId, Reason.Trim(), ct), field,
            "Bestillingen er afvist. Sagsbehandleren kan se jeres begrundelse.", ct);
    }

    /// <summary>
    /// Answers the order: back to the inbox with <paramref name="flash"/>, 404 when it is not this provider's, or the
    /// inbox again with the reason (a field error under <paramref name="field"/>, a broken rule at the top).
    /// </summary>
    private async Task<IActionResult> AnswerAsync(Func<Task<Result>> answer, string? field, string flash, CancellationToken ct)
    {
        try
        {
            if ((await answer()).Failed())
            {
                return NotFound();
            }
        }
        catch (ValidationException e) when (field is not null)
        {
            FormErrors.Add(ModelState, t, e, _ => field);
            return await ReloadAsync(ct);
        }
        catch (DomainException e)
        {
            FormErrors.Add(ModelState, t, e);
            return await ReloadAsync(ct);
        }
        TempData["Flash"] = t[flash].Value;
        return LocalRedirect("/leverandoer");
    }

    private async Task<PageResult> ReloadAsync(CancellationToken ct)
    {
        Orders = await queries.InboxAsync(includeActive: true, ct);
        return Page();
    }
}

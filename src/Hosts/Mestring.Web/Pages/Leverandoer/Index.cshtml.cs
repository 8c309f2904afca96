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

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken ct)
    {
        try
        {
            if ((await commands.AcceptAsync(InterventionId, ct)).Failed())
            {
                return NotFound();
            }
        }
        catch (DomainException e)
        {
            FormErrors.Add(ModelState, t, e);
            return await ReloadAsync(ct);
        }
        TempData["Flash"] = t["Bestillingen er accepteret. Indsatsen er nu aktiv."].Value;
        return LocalRedirect("/leverandoer");
    }

    public async Task<IActionResult> OnPostDeclineAsync(CancellationToken ct)
    {
        var field = $"Reason_{InterventionId:N}";
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(field, t["Skriv hvorfor I afviser bestillingen."]);
            return await ReloadAsync(ct);
        }
        try
        {
            if ((await commands.DeclineAsync(InterventionId, Reason.Trim(), ct)).Failed())
            {
                return NotFound();
            }
        }
        catch (ValidationException e)
        {
            FormErrors.Add(ModelState, t, e, _ => field);
            return await ReloadAsync(ct);
        }
        catch (DomainException e)
        {
            FormErrors.Add(ModelState, t, e);
            return await ReloadAsync(ct);
        }
        TempData["Flash"] = t["Bestillingen er afvist. Sagsbehandleren kan se jeres begrundelse."].Value;
        return LocalRedirect("/leverandoer");
    }

    private async Task<PageResult> ReloadAsync(CancellationToken ct)
    {
        Orders = await queries.InboxAsync(includeActive: true, ct);
        return Page();
    }
}

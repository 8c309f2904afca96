using Mestring.Application.Consents;

namespace Mestring.Web.Pages.MinPlan;

/// <summary>The citizen gives and withdraws consent to share parts of the plan.</summary>
public sealed class ConsentPageModel(ConsentService consents, CurrentUser user, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<ConsentDto> Consents { get; private set; } = [];

    [BindProperty]
    public ConsentInput Input { get; set; } = new();

    [BindProperty]
    public Guid ConsentId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostGiveAsync(CancellationToken ct)
    {
        var purpose = FormErrors.Text(ModelState, t, "Input.Purpose", Input.Purpose);
        var recipient = FormErrors.Text(ModelState, t, "Input.Recipient", Input.Recipient);
        var expires = FormErrors.Date(ModelState, t, "Input.ExpiresAt", Input.ExpiresAt, required: false);
        if (ModelState.IsValid)
        {
            try
            {
                var until = expires is { } d ? new DateTimeOffset(d.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero) : (DateTimeOffset?)null;
                if ((await consents.GiveAsync(new ConsentRequest(purpose!, recipient!, until), ct)).Failed())
                {
                    return NotFound();
                }
                TempData["Flash"] = t["Dit samtykke er givet. Du kan altid trække det tilbage her."].Value;
                return LocalRedirect("/minplan/samtykke");
            }
            catch (ValidationException e)
            {
                FormErrors.Add(ModelState, t, e, field => "Input." + char.ToUpperInvariant(field[0]) + field[1..]);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        try
        {
            if ((await consents.WithdrawAsync(ConsentId, ct)).Failed())
            {
                return NotFound();
            }
        }
        catch (DomainException e)
        {
            FormErrors.Add(ModelState, t, e);
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = t["Samtykket er trukket tilbage. Der deles ikke længere noget på grundlag af det."].Value;
        return LocalRedirect("/minplan/samtykke");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (user.CitizenId is { } me)
        {
            Consents = (await consents.ListAsync(me, ct)).OrNull() ?? [];
        }
    }

    public sealed class ConsentInput
    {
        public string? Purpose { get; set; }
        public string? Recipient { get; set; }
        public string? ExpiresAt { get; set; }
    }
}

namespace Mestring.Web.Pages.Sagsbehandler;

public sealed class IndexModel(CitizenQueries citizens) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "soeg")]
    public string? Search { get; set; }

    public IReadOnlyList<CitizenSummaryDto> Citizens { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Citizens = await citizens.CaseloadAsync(Search, ct);
}

namespace Mestring.Web.Pages.Leverandoer;

/// <summary>The citizens the provider serves (a pending or active order) — only those.</summary>
public sealed class ServedCitizensPageModel(CitizenQueries citizens) : PageModel
{
    public IReadOnlyList<CitizenSummaryDto> Citizens { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Citizens = await citizens.CaseloadAsync(null, ct);
}

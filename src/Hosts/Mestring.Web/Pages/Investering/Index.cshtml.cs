using Mestring.Application.Investments;

namespace Mestring.Web.Pages.Investering;

/// <summary>The municipality's saved investment cases (aggregates only).</summary>
public sealed class IndexModel(InvestmentCases cases) : PageModel
{
    public IReadOnlyList<SavedCaseSummaryDto> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Cases = await cases.ListAsync(ct);
}

using Mestring.Application.Evidence;
using Mestring.Application.Investments;
using Mestring.Data.Evidence;
using Mestring.Web.Features.Evidence;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mestring.Web.Pages.Evidens;

/// <summary>The stop list: enough data, no detectable effect, ranked by money spent.</summary>
public sealed class StoplisteModel(EvidenceQueries evidence) : PageModel
{
    public EvidenceSnapshot Snapshot { get; private set; } = null!;

    public IReadOnlyList<StopListRow> Rows => Snapshot.StopList;

    public async Task OnGetAsync(CancellationToken ct) => Snapshot = await evidence.GetAsync(ct);
}

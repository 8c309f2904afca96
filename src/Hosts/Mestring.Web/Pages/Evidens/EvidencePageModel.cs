using Mestring.Application.Evidence;

namespace Mestring.Web.Pages.Evidens;

/// <summary>The evidence pages' common part: the municipality's analyses (<see cref="EvidenceQueries"/>) read on GET.</summary>
public abstract class EvidencePageModel(EvidenceQueries evidence) : PageModel
{
    public EvidenceSnapshot Snapshot { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Snapshot = await evidence.GetAsync(ct);
        OnLoaded(Snapshot);
    }

    /// <summary>What a page derives from the snapshot once it is read.</summary>
    protected virtual void OnLoaded(EvidenceSnapshot snapshot)
    {
    }
}

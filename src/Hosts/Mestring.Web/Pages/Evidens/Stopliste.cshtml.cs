using Mestring.Application.Evidence;

namespace Mestring.Web.Pages.Evidens;

/// <summary>The stop list: enough data, no detectable effect, ranked by money spent.</summary>
public sealed class StopListPageModel(EvidenceQueries evidence) : EvidencePageModel(evidence)
{
    public IReadOnlyList<StopListRow> Rows => Snapshot.StopList;
}

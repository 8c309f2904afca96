using Mestring.Application.Evidence;

namespace Mestring.Web.Pages.Evidens;

/// <summary>Methods that work: a forest plot per outcome with the same numbers in a table and a plain-Danish verdict.</summary>
public sealed class IndexModel(EvidenceQueries evidence, IStringLocalizer<SharedResource> t) : EvidencePageModel(evidence)
{
    public IReadOnlyList<IGrouping<string, MethodEffectRow>> ByOutcome { get; private set; } = [];

    protected override void OnLoaded(EvidenceSnapshot snapshot)
    {
        ByOutcome = [.. snapshot.Methods.GroupBy(m => m.Outcome, StringComparer.Ordinal)
            .OrderBy(g => EvidenceOutcomes.All.ToList().FindIndex(o => o.Name == g.Key))];
    }

    /// <summary>Forest plot data: one row per method with an interval.</summary>
    public string Forest(IGrouping<string, MethodEffectRow> rows)
    {
        var shown = rows.Where(r => double.IsFinite(r.CiLow) && double.IsFinite(r.CiHigh)).ToList();
        return ChartJson.Serialize(new
        {
            kind = "forest",
            labels = shown.Select(r => r.Method).ToList(),
            estimates = shown.Select(r => r.Estimate).ToList(),
            low = shown.Select(r => r.CiLow).ToList(),
            high = shown.Select(r => r.CiHigh).ToList(),
            estimateLabel = t["Estimat"].Value,
            intervalLabel = t["95 %-interval"].Value,
            axisLabel = EvidenceView.Unit(t, rows.Key),
        });
    }
}

using Mestring.Application.Evidence;
using Mestring.Evidence.Providers;

namespace Mestring.Web.Pages.Evidens;

/// <summary>Providers compared: a funnel plot (adjusted effect against n with confidence bands) and the same in a table.</summary>
public sealed class ProvidersPageModel(EvidenceQueries evidence, IStringLocalizer<SharedResource> t) : EvidencePageModel(evidence)
{
    public IReadOnlyList<ProviderResult> Rows { get; private set; } = [];

    public double Margin => EvidenceAnalyses.ProviderMargin;

    protected override void OnLoaded(EvidenceSnapshot snapshot)
    {
        Rows = [.. snapshot.Providers.OrderBy(r => r.AdjustedEffect)];
    }

    /// <summary>Funnel data: points (n, raw effect), flagged marked; bands ±1.96σ/√n and ±3.09σ/√n around 0 with σ pooled.</summary>
    public string Funnel()
    {
        var sigma = Rows.Count == 0 ? 0 : Rows.Select(r => r.RawSe * Math.Sqrt(r.N)).Order().ElementAt(Rows.Count / 2);
        var maxN = Rows.Count == 0 ? 1 : Rows.Max(r => r.N);
        var ns = Enumerable.Range(1, 60).Select(i => Math.Max(5, (int)(maxN * i / 60.0))).Distinct().ToList();
        return ChartJson.Serialize(new
        {
            kind = "funnel",
            points = Rows.Where(r => !r.Flagged).Select(r => new { x = r.N, y = r.ObservedMinusExpected, id = r.ProviderId }).ToList(),
            flagged = Rows.Where(r => r.Flagged).Select(r => new { x = r.N, y = r.ObservedMinusExpected, id = r.ProviderId }).ToList(),
            band95 = ns.Select(n => new { x = n, lo = -1.96 * sigma / Math.Sqrt(n), hi = 1.96 * sigma / Math.Sqrt(n) }).ToList(),
            band998 = ns.Select(n => new { x = n, lo = -3.09 * sigma / Math.Sqrt(n), hi = 3.09 * sigma / Math.Sqrt(n) }).ToList(),
            pointsLabel = t["Tilbud"].Value,
            flaggedLabel = t["Tydeligt dårligere"].Value,
            band95Label = t["95 %-grænse"].Value,
            band998Label = t["99,8 %-grænse"].Value,
            xLabel = t["Forløb med før- og eftermåling (n)"].Value,
            yLabel = t["Forskel til typisk tilbud"].Value,
        });
    }
}

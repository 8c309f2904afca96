using Mestring.Application.Prevention;

namespace Mestring.Web.Pages.Forebyggelse;

/// <summary>Fairness and quality of the screening on the municipality's own history, with the documented limits.</summary>
public sealed class QualityPageModel(PreventionQuality quality, IStringLocalizer<SharedResource> t) : PageModel
{
    public QualityDto Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await quality.ReportAsync(ct);

    public static string Percent(double? share) => Fmt.Percent(share);

    public static string Interval(ShareDto? e) => e is null ? "–" : $"{Percent(e.Share)} ({Percent(e.Lower)}–{Percent(e.Upper)})";

    public string Dimension(string key) => key switch
    {
        "sex" => t["Køn"],
        "age" => t["Alder"],
        _ => t["Område"],
    };

    public string Group(string dimension, string group) => dimension == "sex"
        ? group switch { "F" => t["Piger/kvinder"], "M" => t["Drenge/mænd"], _ => t["Ukendt"] }
        : group;

    public string Count(int? n) => n is { } v ? Fmt.Number(v) : t["under {0}", Report.MinimumGroupSize];

    public string Chart() => ChartJson.Serialize(new BarChart("bar",
        [.. Report.ByCount.Select(r => t["{0} forhold", r.Factors].Value)], t["Andel på kontanthjælp som 18–29-årig (%)"],
        [.. Report.ByCount.Select(r => (decimal?)Math.Round((decimal)r.Estimate.Share * 100, 1))]));
}

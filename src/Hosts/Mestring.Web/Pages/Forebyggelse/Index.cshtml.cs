using Mestring.Application.Prevention;

namespace Mestring.Web.Pages.Forebyggelse;

/// <summary>Where the family factors concentrate (chart and table, small cells withheld) and an investment case for one area.</summary>
public sealed class IndexModel(PreventionAreas areas, IStringLocalizer<SharedResource> t) : PageModel
{
    public AreasDto Areas { get; private set; } = null!;

    [BindProperty]
    public CaseInput Input { get; set; } = new();

    public AreaInvestmentDto? Case { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Areas = await areas.AreasAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Areas = await areas.AreasAsync(ct);
        var answer = await areas.InvestmentAsync(new AreaInvestmentRequest(Input.Area, Input.CostPerFamily,
            Input.EffectPercent is { } p ? -p / 100.0 : null, Input.CompletionPercent is { } c ? c / 100.0 : null), ct);
        Case = answer.IsSuccess ? answer.Value : null;
        if (answer.Error?.Fields is { } fields)
        {
            foreach (var (field, messages) in fields)
            {
                ModelState.AddModelError("Input." + field switch
                {
                    "costPerFamily" => nameof(CaseInput.CostPerFamily),
                    "relativeChange" => nameof(CaseInput.EffectPercent),
                    "successRate" => nameof(CaseInput.CompletionPercent),
                    _ => nameof(CaseInput.Area),
                }, messages[0]);
            }
        }
        return Page();
    }

    /// <summary>Share of children with at least two factors per area (withheld areas are left out of the chart, not shown as 0).</summary>
    public string Chart()
    {
        var rows = Areas.Areas.Where(a => a.ShareAtLeastTwo is not null).ToList();
        return ChartJson.Serialize(new BarChart("bar", [.. rows.Select(a => a.Area)], t["Andel med mindst to forhold (%)"],
            [.. rows.Select(a => (decimal?)PercentValue(a.ShareAtLeastTwo!.Value))]));
    }

    public string Count(int? count, bool hidden = false) => count is { } n ? Fmt.Number(n) : hidden ? t["skjult"] : t["under {0}", Areas.MinimumCellSize];

    public static string Percent(double? share) => Fmt.Percent(share);

    /// <summary>A share in percent with one decimal, rounded as the table rounds it (<see cref="Fmt.PercentValue"/>).</summary>
    public static decimal PercentValue(double share) => Fmt.PercentValue(share);

    public sealed class CaseInput
    {
        public string? Area { get; set; }

        public double? CostPerFamily { get; set; } = 30_000;

        public double? EffectPercent { get; set; } = 10;

        public double? CompletionPercent { get; set; } = 70;
    }
}

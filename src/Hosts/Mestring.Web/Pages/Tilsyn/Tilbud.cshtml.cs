using Mestring.Application.Oversight.Registry;
using Mestring.Domain.Organisation;

namespace Mestring.Web.Pages.Tilsyn;

/// <summary>One tilbud: takster, places, afdelinger, people, supervision history and citizens placed; edits by supervision.</summary>
public sealed class ProviderPageModel(ProviderRegistry registry, ProviderRegistryEdits edits, IStringLocalizer<SharedResource> t) : PageModel
{
    public ProviderDetail Detail { get; private set; } = null!;

    public bool CanEdit => User.IsInRole(Roles.Supervision);

    [BindProperty]
    public RateForm Rate { get; set; } = new();

    [BindProperty]
    public PlacesForm PlacesInput { get; set; } = new();

    [BindProperty]
    public LinkForm Link { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostRateAsync(Guid id, CancellationToken ct)
    {
        var result = await edits.AddRateAsync(id, new RateRequest(Rate.ServiceCode, Rate.TargetGroup, Rate.Unit, Rate.PriceDkk, Rate.PriceYear, Rate.OccupancyPercent), ct);
        return await AfterAsync(id, result.Error, "Rate", t["Oversight.Saved.Rate"], ct);
    }

    public async Task<IActionResult> OnPostRemoveRateAsync(Guid id, Guid rateId, CancellationToken ct)
    {
        var result = await edits.RemoveRateAsync(id, rateId, ct);
        return await AfterAsync(id, result.Error, "Rate", t["Oversight.Saved.RateRemoved"], ct);
    }

    public async Task<IActionResult> OnPostPlacesAsync(Guid id, CancellationToken ct)
    {
        var result = await edits.SetPlacesAsync(id, PlacesInput.LegalBasis, PlacesInput.Places, ct);
        return await AfterAsync(id, result.Error, "PlacesInput", t["Oversight.Saved.Places"], ct);
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken ct)
    {
        var result = await edits.AddLinkAsync(id, new LinkRequest(Link.FromId, Link.ToId, Link.Role), ct);
        return await AfterAsync(id, result.Error, "Link", t["Oversight.Saved.Link"], ct);
    }

    private async Task<IActionResult> AfterAsync(Guid id, Mestring.Domain.Common.Error? error, string prefix, string saved, CancellationToken ct)
    {
        if (error is null)
        {
            TempData["Flash"] = saved;
            return RedirectToPage(new { id });
        }
        if (error.Kind == Mestring.Domain.Common.ErrorKind.Forbidden)
        {
            return Forbid();
        }
        TilsynErrors.Add(ModelState, t, error, prefix);
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await registry.GetAsync(id, ct);
        if (!result.IsSuccess)
        {
            return result.Error!.Kind == Mestring.Domain.Common.ErrorKind.Forbidden ? Forbid() : NotFound();
        }
        Detail = result.Value;
        return Page();
    }

    /// <summary>The dated assessments (the undated published scores are shown apart).</summary>
    public IReadOnlyList<AssessmentView> Dated => [.. Detail.Supervision.Where(a => a.Date is not null)];

    public IReadOnlyList<(string Code, string Name)> Themes => [.. Detail.Supervision.SelectMany(a => a.Scores).GroupBy(s => s.Theme, StringComparer.Ordinal)
        .Select(g => (g.Key, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? g.First().NameEn : g.First().NameDa))];

    public string SupervisionChart() => ChartJson.Serialize(new BarChart("bar",
        [.. Dated.Select(a => Fmt.Date(a.Date!.Value))], t["Oversight.Supervision.Mean"], [.. Dated.Select(a => (decimal?)Math.Round((decimal)a.Mean, 2))]));

    public string Count(int? n) => n is { } v ? Fmt.Number(v) : t["under {0}", ProviderDetail.MinCell];

    public sealed class RateForm
    {
        public string? ServiceCode { get; set; }
        public string? TargetGroup { get; set; }
        public string? Unit { get; set; } = "day";
        public decimal? PriceDkk { get; set; }
        public int? PriceYear { get; set; }
        public decimal? OccupancyPercent { get; set; } = 95;
    }

    public sealed class PlacesForm
    {
        public string? LegalBasis { get; set; }
        public int? Places { get; set; }
    }

    public sealed class LinkForm
    {
        public string? FromId { get; set; }
        public string? ToId { get; set; }
        public string? Role { get; set; } = "board-member";
    }
}

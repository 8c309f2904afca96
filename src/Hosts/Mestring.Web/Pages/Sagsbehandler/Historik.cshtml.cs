namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>The plan's versions, and what changed between two of them.</summary>
public sealed class PlanHistoryPageModel(CitizenQueries citizens, PlanQueries plans) : CitizenPageModel(citizens)
{
    [BindProperty(SupportsGet = true, Name = "fra")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "til")]
    public int? To { get; set; }

    public IReadOnlyList<PlanVersionDto> Versions { get; private set; } = [];

    public PlanComparisonDto? Comparison { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return Page();
        }
        Versions = (await plans.VersionsAsync(CitizenId, ct)).OrNull() ?? [];
        if (Versions.Count >= 2)
        {
            To ??= Versions[0].Number;
            From ??= Versions[1].Number;
        }
        if (From is { } from && To is { } to && from != to)
        {
            Comparison = (await plans.CompareAsync(CitizenId, Math.Min(from, to), Math.Max(from, to), ct)).OrNull();
        }
        return Page();
    }
}

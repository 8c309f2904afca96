using Mestring.Application.Administration;

namespace Mestring.Web.Pages.Admin;

/// <summary>/admin/teams: teams and the areas they cover in early detection (the use case behind `mestring prevention area set`).</summary>
public sealed class TeamsPageModel(MunicipalitySettings settings, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<TeamDto> Teams { get; private set; } = [];
    public IReadOnlyList<string> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAreasAsync(Guid teamId, List<string> areas, string? reason, CancellationToken ct)
    {
        var result = await settings.SetTeamAreasAsync(teamId, new TeamAreasRequest(areas, reason), ct);
        return await DoneAsync(result.IsSuccess ? null : result.Error, t["Teamets områder er gemt."], ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(string? name, string? reason, CancellationToken ct)
    {
        var result = await settings.CreateTeamAsync(new CreateTeamRequest(name, reason), ct);
        return await DoneAsync(result.IsSuccess ? null : result.Error, t["Teamet er oprettet."], ct);
    }

    private async Task<IActionResult> DoneAsync(Error? error, string done, CancellationToken ct)
    {
        if (error is not null)
        {
            AdminErrors.Add(ModelState, t, error);
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = done;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Teams = (await settings.TeamsAsync(ct)).OrNull() ?? [];
        Areas = await settings.KnownAreasAsync(ct);
    }
}

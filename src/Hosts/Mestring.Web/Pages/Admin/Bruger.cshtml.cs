using Mestring.Application.Administration;

namespace Mestring.Web.Pages.Admin;

/// <summary>/admin/brugere/{id}: change name, roles and teams; deactivate or reactivate; reset the password; unlock.</summary>
public sealed class UserPageModel(UserAdministration users, MunicipalitySettings settings, IStringLocalizer<SharedResource> t) : PageModel
{
    public UserDto? Account { get; private set; }
    public IReadOnlyList<TeamDto> Teams { get; private set; } = [];

    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public List<string> TeamIds { get; set; } = [];
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSaveAsync(string id, CancellationToken ct) =>
        RunAsync(id, () => users.UpdateAsync(id, new UpdateUserRequest(DisplayName, Roles, TeamIds, null, null, null, Reason), ct), t["Ændringerne er gemt."], ct);

    public Task<IActionResult> OnPostActiveAsync(string id, bool active, CancellationToken ct) =>
        RunAsync(id, () => users.UpdateAsync(id, new UpdateUserRequest(Active: active, Reason: Reason), ct),
            active ? t["Brugeren er genaktiveret."] : t["Brugeren er deaktiveret og kan ikke logge ind. Åbne sessioner er afsluttet."], ct);

    public Task<IActionResult> OnPostPasswordAsync(string id, CancellationToken ct) =>
        RunAsync(id, () => users.ResetPasswordAsync(id, new PasswordResetRequest(NewPassword, Reason), ct), t["Adgangskoden er nulstillet. Giv personen den nye kode på en sikker måde."], ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) =>
        RunAsync(id, () => users.UnlockAsync(id, new AdminReasonRequest(Reason), ct), t["Brugeren er låst op."], ct);

    private async Task<IActionResult> RunAsync(string id, Func<Task<Result<UserDto>>> action, string done, CancellationToken ct)
    {
        var result = await action();
        if (!result.IsSuccess)
        {
            AdminErrors.Add(ModelState, t, result.Error);
            return await LoadAsync(id, ct, keepInput: true) ? Page() : NotFound();
        }
        TempData["Flash"] = done;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct, bool keepInput = false)
    {
        Account = (await users.GetAsync(id, ct)).OrNull();
        Teams = (await settings.TeamsAsync(ct)).OrNull() ?? [];
        if (Account is null)
        {
            return false;
        }
        if (!keepInput)
        {
            DisplayName = Account.DisplayName;
            Roles = [.. Account.Roles];
            TeamIds = [.. Teams.Where(team => Account.Teams.Contains(team.Name)).Select(team => team.Id.ToString("D"))];
        }
        return true;
    }
}

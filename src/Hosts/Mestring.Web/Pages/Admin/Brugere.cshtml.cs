using Mestring.Application.Administration;
using Mestring.Application.Interventions;

namespace Mestring.Web.Pages.Admin;

/// <summary>/admin/brugere: the municipality's logins and a form to create one (the same use case as the API).</summary>
public sealed class UsersPageModel(UserAdministration users, MunicipalitySettings settings, InterventionQueries interventions, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<UserDto> Users { get; private set; } = [];
    public IReadOnlyList<TeamDto> Teams { get; private set; } = [];
    public IReadOnlyList<ProviderDto> Providers { get; private set; } = [];

    [BindProperty] public NewUser Input { get; set; } = new();

    public sealed class NewUser
    {
        public string? UserName { get; set; }
        public string? DisplayName { get; set; }
        public string? Password { get; set; }
        public string Role { get; set; } = Domain.Organisation.Roles.Caseworker;
        public Guid? TeamId { get; set; }
        public Guid? ProviderId { get; set; }
        public string? Reason { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var created = await users.CreateAsync(new CreateUserRequest(Input.UserName, Input.DisplayName, Input.Password, [Input.Role],
            Input.TeamId is { } team ? [team.ToString("D")] : [], Input.Role == Domain.Organisation.Roles.Provider ? Input.ProviderId : null, null, Input.Reason), ct);
        if (!created.IsSuccess)
        {
            AdminErrors.Add(ModelState, t, created.Error, "Input.");
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = t["Brugeren {0} er oprettet og kan logge ind nu.", created.Value.UserName].Value;
        return RedirectToPage(new { });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = (await users.ListAsync(ct)).OrNull() ?? [];
        Teams = (await settings.TeamsAsync(ct)).OrNull() ?? [];
        Providers = await interventions.ProvidersAsync(ct);
    }
}

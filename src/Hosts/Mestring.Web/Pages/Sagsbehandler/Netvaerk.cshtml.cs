using Mestring.Domain.Plans;

namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>
/// The network's part of the plan: add, change and end what family, volunteers and user organisations do, with whether the
/// citizen's consent lets each contribution be shared with its contributor. Every change is a new plan version.
/// </summary>
public sealed class NetworkPageModel(CitizenQueries citizens, PlanQueries plans, NetworkEditing network, IStringLocalizer<SharedResource> t)
    : CitizenPageModel(citizens)
{
    /// <summary>The contribution being changed (from <c>?ret=</c>), or none when adding.</summary>
    [FromQuery(Name = "ret")]
    public Guid? EditId { get; set; }

    [BindProperty]
    public NetworkInput Input { get; set; } = new();

    public IReadOnlyList<NetworkEntryDto> Entries { get; private set; } = [];

    public IReadOnlyList<GoalDto> Goals { get; private set; } = [];

    public NetworkEntryDto? Editing => EditId is { } id ? Entries.FirstOrDefault(e => e.Id == id && e.EndedOn is null) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        if (EditId is not null && Editing is null)
        {
            return NotFound();
        }
        if (Editing is { } entry)
        {
            Input = new NetworkInput { Contributor = entry.Contributor, Kind = entry.Kind, Task = entry.Task, GoalId = entry.GoalId };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        ModelState.Clear();
        var contributor = FormErrors.Text(ModelState, t, "Input.Contributor", Input.Contributor);
        var task = FormErrors.Text(ModelState, t, "Input.Task", Input.Task);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var request = new NetworkRequest(contributor!, Input.Kind, task!, Input.GoalId);
        var saved = await RunAsync(() => EditId is { } id ? network.ReviseAsync(CitizenId, id, request, ct) : network.AddAsync(CitizenId, request, ct));
        if (saved is not { } result)
        {
            return Page();
        }
        if (result.Failed())
        {
            return NotFound();
        }
        TempData["Flash"] = (EditId is null ? t["Network.Netværksbidraget er tilføjet planen."] : t["Network.Netværksbidraget er ændret, og planen har fået en ny version."]).Value;
        return LocalRedirect($"{OverviewUrl}/netvaerk");
    }

    public async Task<IActionResult> OnPostEndAsync(Guid contributionId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        var ended = await RunAsync(() => network.EndAsync(CitizenId, contributionId, null, ct));
        if (ended is not { } result)
        {
            return Page();
        }
        if (result.Failed())
        {
            return NotFound();
        }
        TempData["Flash"] = t["Network.Netværksbidraget er afsluttet. Det deles ikke længere og står i planens historik."].Value;
        return LocalRedirect($"{OverviewUrl}/netvaerk");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return false;
        }
        Entries = (await network.ListAsync(CitizenId, ct)).OrNull() ?? [];
        Goals = (await plans.GetAsync(CitizenId, ct)).OrNull()?.Goals ?? [];
        return true;
    }

    // A refused input or rule comes back on the form; null means the page is shown again with the errors.
    private async Task<Result<Guid>?> RunAsync(Func<Task<Result<Guid>>> change)
    {
        try
        {
            return await change();
        }
        catch (ValidationException e)
        {
            FormErrors.Add(ModelState, t, e, field => "Input." + char.ToUpperInvariant(field[0]) + field[1..]);
        }
        catch (DomainException)
        {
            ModelState.AddModelError(string.Empty, t["Network.Netværksbidraget er afsluttet og kan ikke ændres."]);
        }
        return null;
    }

    public sealed class NetworkInput
    {
        public string? Contributor { get; set; }
        public ContributorKind Kind { get; set; } = ContributorKind.FamilyMember;
        public string? Task { get; set; }
        public Guid? GoalId { get; set; }
    }
}

using Mestring.Domain.Interventions;
using Mestring.Domain.Plans;
using Mestring.Application.Interventions;

namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>Order an intervention (bestilling) from a registered provider for goals in the plan.</summary>
public sealed class OrderPageModel(CitizenQueries citizens, PlanQueries plans, InterventionCommands commands, InterventionQueries interventions,
    TimeProvider clock, IStringLocalizer<SharedResource> t) : CitizenPageModel(citizens)
{
    public static readonly IReadOnlyList<string> CommonLegalBases =
        ["SEL-82a", "SEL-82b", "SEL-83", "SEL-85", "SEL-85a", "SEL-101", "SEL-103", "SEL-104", "SEL-107", "SEL-108", "SEL-109", "SEL-110", "BL-32"];

    [BindProperty]
    public OrderInput Input { get; set; } = new();

    public IReadOnlyList<GoalDto> Goals { get; private set; } = [];
    public IReadOnlyList<ProviderDto> Providers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        Input.Start = Fmt.Iso(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(7));
        Input.GoalIds = [.. Goals.Where(g => g.Status == GoalStatus.Active).Take(1).Select(g => g.Id)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        ModelState.Clear();
        if (string.IsNullOrEmpty(Input.ServiceCode))
        {
            ModelState.AddModelError("Input.ServiceCode", t["Vælg den ydelse, der skal leveres."]);
        }
        var legal = FormErrors.Text(ModelState, t, "Input.LegalBasis", Input.LegalBasis);
        if (Input.ProviderId is null)
        {
            ModelState.AddModelError("Input.ProviderId", t["Vælg en leverandør."]);
        }
        var units = FormErrors.Number(ModelState, t, "Input.UnitsPerWeek", Input.UnitsPerWeek, required: true);
        var price = FormErrors.Number(ModelState, t, "Input.UnitPrice", Input.UnitPrice, required: true);
        var start = FormErrors.Date(ModelState, t, "Input.Start", Input.Start, required: true);
        var end = FormErrors.Date(ModelState, t, "Input.End", Input.End, required: false);
        if (Input.GoalIds.Count == 0)
        {
            ModelState.AddModelError("Input.GoalIds", t["Vælg mindst ét mål, indsatsen skal arbejde med."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var request = new OrderRequest(Input.ServiceCode!, legal!, Input.Sector, Input.ProviderId!.Value, string.IsNullOrWhiteSpace(Input.Method) ? null : Input.Method.Trim(),
            units!.Value, Input.Unit, price, start!.Value, end, Input.GoalIds);
        try
        {
            if ((await commands.OrderAsync(CitizenId, request, ct)).Failed())
            {
                return NotFound();
            }
        }
        catch (ValidationException e)
        {
            FormErrors.Add(ModelState, t, e, field => field switch
            {
                "goalIds" => "Input.GoalIds",
                _ => "Input." + char.ToUpperInvariant(field[0]) + field[1..],
            });
            return Page();
        }
        var provider = Providers.FirstOrDefault(p => p.Id == Input.ProviderId)?.Name ?? "";
        TempData["Flash"] = t["Indsatsen er bestilt hos {0}. Leverandøren skal nu acceptere bestillingen.", provider].Value;
        return LocalRedirect(OverviewUrl);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return false;
        }
        Goals = (await plans.GetAsync(CitizenId, ct)).OrNull()?.Goals ?? [];
        Providers = await interventions.ProvidersAsync(ct);
        return true;
    }

    public sealed class OrderInput
    {
        public string? ServiceCode { get; set; }
        public string? LegalBasis { get; set; } = "SEL-85";
        public Sector Sector { get; set; } = Sector.Social;
        public Guid? ProviderId { get; set; }
        public string? Method { get; set; }
        public string? UnitsPerWeek { get; set; }
        public ServiceUnit Unit { get; set; } = ServiceUnit.Hour;
        public string? UnitPrice { get; set; }
        public string? Start { get; set; }
        public string? End { get; set; }
        public List<Guid> GoalIds { get; set; } = [];
    }
}

using Mestring.Domain.Plans;

namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>The plan editor: the goals (add / revise) and the plan's sections by sector.</summary>
public sealed class PlanModel(CitizenQueries citizens, PlanQueries plans, PlanCommands commands, IStringLocalizer<SharedResource> t) : CitizenPageModel(citizens)
{
    public PlanDto Plan { get; private set; } = null!;

    [BindProperty]
    public SectionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadCitizenAsync(ct))
        {
            Plan = (await plans.GetAsync(CitizenId, ct)).Value;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return Page();
        }
        ModelState.Clear();
        var prefix = $"Sections[{Input.Sector}]";
        var text = FormErrors.Text(ModelState, t, prefix + ".Text", Input.Text);
        if (ModelState.IsValid)
        {
            try
            {
                if ((await commands.SetSectionAsync(CitizenId, new SectionRequest(Input.Sector, text!, string.IsNullOrWhiteSpace(Input.Responsible) ? null : Input.Responsible.Trim()), ct)).Failed())
                {
                    return NotFound();
                }
                TempData["Flash"] = t["Afsnittet “{0}” er gemt, og planen har fået en ny version.", t.Sector(Input.Sector)].Value;
                return LocalRedirect($"/sagsbehandler/borger/{CitizenId}/plan#sektor-{Input.Sector}");
            }
            catch (ValidationException e)
            {
                FormErrors.Add(ModelState, t, e, field => prefix + "." + char.ToUpperInvariant(field[0]) + field[1..]);
            }
        }
        Plan = (await plans.GetAsync(CitizenId, ct)).Value;
        return Page();
    }

    public sealed class SectionInput
    {
        public Sector Sector { get; set; }
        public string? Text { get; set; }
        public string? Responsible { get; set; }
    }
}

using Mestring.Domain.Plans;

namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>The plan editor: the goals (add / revise) and the plan's sections by sector.</summary>
public sealed class PlanModel(CitizenQueries citizens, PlanQueries plans, PlanCommands commands, PlanPrecondition precondition, IStringLocalizer<SharedResource> t) : CitizenPageModel(citizens)
{
    public PlanDto Plan { get; private set; } = null!;

    /// <summary>Set when the save was refused because someone else saved a newer version (the typed text is kept).</summary>
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadCitizenAsync(ct))
        {
            Plan = (await plans.GetAsync(CitizenId, ct)).Value;
        }
        return Page();
    }

    /// <summary>
    /// The whole plan's sections in one form, saved as one new version: nothing typed in one section is lost by saving
    /// another. A section that had text cannot be emptied (say what happens instead); an empty new one is skipped.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return Page();
        }
        ModelState.Clear();
        Plan = (await plans.GetAsync(CitizenId, ct)).Value;
        var requests = new List<SectionRequest>();
        foreach (var sector in Enum.GetValues<Sector>())
        {
            var input = Sections.GetValueOrDefault(sector.ToString());
            var had = Plan.Sections.Any(x => x.Sector == sector);
            if (input is null || (string.IsNullOrWhiteSpace(input.Text) && !had))
            {
                continue;
            }
            var text = FormErrors.Text(ModelState, t, $"Sections[{sector}].Text", input.Text);
            if (text is not null)
            {
                requests.Add(new SectionRequest(sector, text, string.IsNullOrWhiteSpace(input.Responsible) ? null : input.Responsible.Trim()));
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            precondition.ExpectedVersion = Version;
            var saved = await commands.SetSectionsAsync(CitizenId, requests, ct);
            if (saved is { IsSuccess: false, Error.Code: PlanPrecondition.Code })
            {
                // Keep what was typed; show the stored text beside it and the version to save over.
                Conflict = true;
                Plan = (await plans.GetAsync(CitizenId, ct)).Value;
                ModelState.AddModelError("", t["Plan.ConcurrencyConflict", Version ?? 0, Plan.Version].Value);
                return Page();
            }
            if (!saved.IsSuccess)
            {
                return NotFound();
            }
            TempData["Flash"] = saved.Value == 0 ? t["Der var ingen ændringer at gemme."].Value : t["Planen er gemt som en ny version ({0} afsnit ændret).", saved.Value].Value;
            return LocalRedirect($"/sagsbehandler/borger/{CitizenId}/plan#sections-title");
        }
        catch (ValidationException e)
        {
            FormErrors.Add(ModelState, t, e, field => "Sections." + field);
            return Page();
        }
    }

    /// <summary>The plan version the form was opened from (optimistic concurrency).</summary>
    [BindProperty]
    public int? Version { get; set; }

    /// <summary>The posted sections by sector name (<c>Sections[Social].Text</c>).</summary>
    [BindProperty]
    public Dictionary<string, SectionInput> Sections { get; set; } = new(StringComparer.Ordinal);

    public sealed class SectionInput
    {
        public string? Text { get; set; }
        public string? Responsible { get; set; }
    }
}

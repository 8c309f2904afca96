using Mestring.Application.Investments;
using Mestring.Economics.Catalogue;

namespace Mestring.Web.Pages.Investering;

/// <summary>
/// The case builder (<see cref="CaseBuilder"/>): binds the draft, asks the use case and shows the result in Danish.
/// The result can be saved through the JSON page.
/// </summary>
public sealed class NewCasePageModel(CaseBuilder builder, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public CaseDraft Form { get; set; } = new();

    public KnowledgeCatalogue Catalogue { get; private set; } = KnowledgeCatalogue.Default;

    /// <summary>The municipality's own effect estimates (GET /api/v1/evidence/methods), or why there are none.</summary>
    public LocalEvidence Evidence { get; private set; } = LocalEvidence.None(LocalEvidenceState.NotYetAvailable);
    public InvestmentView? View { get; private set; }
    public string CaseJson { get; private set; } = "";
    public IReadOnlyList<string> Messages { get; private set; } = [];

    public async Task OnGetAsync(string? method, CancellationToken ct)
    {
        await LoadAsync(ct);
        Form = builder.NewDraft(Catalogue, method);
    }

    /// <summary>The catalogue effect of the chosen method on an outcome, if it has one.</summary>
    public CatalogueEffect? CatalogueEffectFor(string outcomeId) =>
        Catalogue.Methods.FirstOrDefault(m => m.Id == Form.MethodId)?.Effects.FirstOrDefault(e => e.Outcome == outcomeId);

    /// <summary>Fills the baselines of the chosen outcomes from the target group's history (aggregates only).</summary>
    public async Task<IActionResult> OnPostBaselinesAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Form.Align(Catalogue);
        if (string.IsNullOrWhiteSpace(Form.LegalBasis))
        {
            ModelState.AddModelError("Form.LegalBasis", t["Skriv målgruppens lovgrundlag, fx SEL-110."]);
            return Page();
        }
        var filled = await builder.FillBaselinesAsync(Form, ct);
        if (!filled.IsSuccess)
        {
            foreach (var (field, list) in filled.Error.Fields ?? new Dictionary<string, string[]>())
            {
                ModelState.AddModelError(field == "legalBasis" ? "Form.LegalBasis" : "Form.YearsBefore", string.Join(" ", list));
            }
            return Page();
        }
        Messages = [.. filled.Value.Select(Describe)];
        ModelState.Clear(); // show the filled-in baselines rather than the posted values
        return Page();
    }

    public async Task<IActionResult> OnPostEvaluateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Form.Align(Catalogue);
        foreach (var problem in CaseBuilder.CheckLocalEstimates(Form, Evidence))
        {
            var name = Catalogue.Outcome(problem.OutcomeId).Name;
            ModelState.AddModelError($"Form.Outcomes[{problem.Row}].LocalEstimateKey", problem.Code == EstimateProblem.Gone
                ? t["{0}: det valgte lokale estimat findes ikke længere i kommunens evaluering. Vælg igen.", name]
                : t["{0}: vælg enten et lokalt estimat eller skriv en lokal effekt, ikke begge.", name]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var built = CaseBuilder.Evaluate(Form, new BuilderContext(Catalogue, Evidence));
        if (built.IsSuccess)
        {
            CaseJson = built.Value.CaseJson;
            View = new InvestmentView(built.Value.Evaluation, t);
        }
        else
        {
            foreach (var (field, list) in built.Error.Fields ?? new Dictionary<string, string[]>())
            {
                ModelState.AddModelError("", $"{field}: {string.Join(" ", list)}");
            }
        }
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => (Catalogue, Evidence) = await builder.LoadAsync(ct);

    private string Describe(BaselineFill fill)
    {
        var name = Catalogue.Outcome(fill.OutcomeId).Name;
        return fill switch
        {
            { Kind: BaselineFillKind.NoEventData } => t["{0}: findes ikke i hændelsesdata; skriv basislinjen selv.", name],
            { Kind: BaselineFillKind.NoneRecorded, Baseline: { } b } => t["Investment.{0}: ingen registrerede hændelser i målgruppen (n = {1}) i perioden. En basislinje på 0 giver ingen gevinst, så den er ikke udfyldt: skriv den selv, fx fra en sammenlignelig målgruppe.", name, b.N ?? 0],
            { Kind: BaselineFillKind.Suppressed, Baseline: { } b } => t["{0}: færre end {1} borgere i målgruppen; tallet vises ikke.", name, b.SuppressionThreshold],
            { Baseline: { } b } => t["{0}: {1} pr. deltager pr. år (n = {2}, SE {3}).", name, (b.MeanPerYear ?? 0).ToString("0.###", CultureInfo.CurrentCulture), b.N ?? 0,
                (b.Se ?? 0).ToString("0.###", CultureInfo.CurrentCulture)],
            _ => name,
        };
    }
}

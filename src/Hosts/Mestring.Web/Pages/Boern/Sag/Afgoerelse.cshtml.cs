using Mestring.Application.Children;

namespace Mestring.Web.Pages.Boern.Sag;

/// <summary>
/// A decision: §32 støttende indsats (one of the 8 types, with the parents' consent), §46 placement with consent on the
/// §20 investigation, or §47 without consent — prepared for børne- og ungeudvalget's meeting; its decision is recorded here.
/// </summary>
public sealed class DecisionPageModel(CitizenQueries citizens, IStringLocalizer<SharedResource> t, InvestigationService investigations,
    ChildDecisionService decisions) : ChildCasePageModel(citizens, t)
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    [FromQuery(Name = "investigation")]
    public Guid? FromInvestigation { get; set; }

    public IReadOnlyList<InvestigationDto> Investigations { get; private set; } = [];

    public IReadOnlyList<DecisionDto> Pending { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Section ??= "BL-32";
        Input.InvestigationId ??= FromInvestigation ?? Investigations.FirstOrDefault(i => i.Kind == "undersoegelse")?.Id;
        Input.ExpectedDurationMonths ??= 6;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        return await StepAsync(async () => (await decisions.DecideAsync(CitizenId, new DecisionRequest(Input.Section,
                Input.Section == "BL-32" ? Input.SupportType : null, Blank(Input.Purpose), Input.ExpectedDurationMonths ?? 0,
                Input.Section != "BL-47" && Input.ParentsConsent, Input.InvestigationId, null, null, null, Local(Input.StartsAt),
                Input.Section == "BL-47" ? Local(Input.MeetingAt) : null), ct)).Error,
            Input.Section == "BL-47" ? "Sagen er forberedt til børne- og ungeudvalget." : "Afgørelsen er registreret. Barnets plan skal laves inden 3 måneder.",
            InputField, () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostCommitteeAsync(Guid decisionId, string? outcome, DateTime? decidedAt, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        return await StepAsync(async () => (await decisions.RecordCommitteeAsync(decisionId, new CommitteeRequest(outcome, Local(decidedAt)), ct)).Error,
            "Udvalgets afgørelse er registreret.", _ => string.Empty, () => LoadAsync(ct));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return false;
        }
        Investigations = (await investigations.ListAsync(CitizenId, ct)).OrNull() ?? [];
        Pending = [.. ((await decisions.ListAsync(CitizenId, ct)).OrNull() ?? []).Where(d => d.Section == "BL-47" && d.Outcome is null)];
        return true;
    }

    public sealed class DecisionInput
    {
        public string? Section { get; set; }
        public string? SupportType { get; set; }
        public string? Purpose { get; set; }
        public int? ExpectedDurationMonths { get; set; }
        public bool ParentsConsent { get; set; }
        public Guid? InvestigationId { get; set; }
        public DateTime? StartsAt { get; set; }
        public DateTime? MeetingAt { get; set; }
    }
}

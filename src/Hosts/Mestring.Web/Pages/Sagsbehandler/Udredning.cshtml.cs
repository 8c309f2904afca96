using System.Text.RegularExpressions;
using Mestring.Application.Assessments;

namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>Record an udredning: per FFB condition a funktionsevneniveau 0–4 or "ikke vurderet", and støttebehov.</summary>
public sealed partial class AssessmentPageModel(CitizenQueries citizens, AssessmentService assessments, PlanQueries plans, TimeProvider clock,
    IStringLocalizer<SharedResource> t) : CitizenPageModel(citizens)
{
    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    public AssessmentDto? Previous { get; private set; }

    /// <summary>Conditions that the plan's goals address: their groups start open.</summary>
    public HashSet<string> GoalConditions { get; private set; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        Input.Date = Fmt.Iso(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }
        ModelState.Clear();
        var date = FormErrors.Date(ModelState, t, "Input.Date", Input.Date, required: true);
        var rated = Input.Items.Select((item, index) => (item, index))
            .Where(x => !string.IsNullOrEmpty(x.item.Code) && (x.item.FunctionLevel is not null || x.item.SupportNeed is not null)).ToList();
        if (rated.Count == 0)
        {
            ModelState.AddModelError(string.Empty, t["Vurdér mindst én tilstand."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var request = new AssessmentRequest(date!.Value, [.. rated.Select(x => new AssessmentItemRequest(x.item.Code!, x.item.FunctionLevel, x.item.SupportNeed))]);
        try
        {
            if ((await assessments.RecordAsync(CitizenId, request, ct)).Failed())
            {
                return NotFound();
            }
        }
        catch (ValidationException e)
        {
            FormErrors.Add(ModelState, t, e, field =>
            {
                var match = ItemField().Match(field);
                if (!match.Success)
                {
                    return field == "date" ? "Input.Date" : string.Empty;
                }
                var index = rated[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)].index;
                return $"Input.Items[{index}]." + char.ToUpperInvariant(match.Groups[2].Value[0]) + match.Groups[2].Value[1..];
            });
            return Page();
        }
        TempData["Flash"] = t["Udredningen er gemt med {0} vurderede tilstande.", rated.Count].Value;
        return LocalRedirect(OverviewUrl);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return false;
        }
        Previous = (await assessments.ListAsync(CitizenId, ct)).OrNull()?.FirstOrDefault();
        var goals = (await plans.GetAsync(CitizenId, ct)).OrNull()?.Goals ?? [];
        GoalConditions = goals.SelectMany(g => g.SecondaryConditionCodes.Append(g.PrimaryConditionCode)).ToHashSet(StringComparer.Ordinal);
        return true;
    }

    [GeneratedRegex(@"^items\[(\d+)\]\.(\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemField();

    public sealed class AssessmentInput
    {
        public string? Date { get; set; }
        public List<ItemInput> Items { get; set; } = [];
    }

    public sealed class ItemInput
    {
        public string? Code { get; set; }
        public int? FunctionLevel { get; set; }
        public int? SupportNeed { get; set; }
    }
}

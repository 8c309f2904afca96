using Mestring.Application.Investments;

namespace Mestring.Web.Pages.Investering;

/// <summary>
/// Paste a case as JSON (specs/investment-case.md), see the result, and save it. Also the save target of the
/// case builder: the server evaluates the case again before it stores it.
/// </summary>
public sealed class JsonModel(InvestmentCases cases, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string CaseJson { get; set; } = "";
    [BindProperty] public int Draws { get; set; } = CaseEvaluation.DefaultDraws;
    [BindProperty] public long Seed { get; set; } = 1;
    [BindProperty] public string? Name { get; set; }

    public InvestmentView? View { get; private set; }

    /// <summary>Errors of the case, each with its JSON path.</summary>
    public IReadOnlyList<(string Path, string Message)> CaseErrors { get; private set; } = [];

    public void OnGet()
    {
    }

    public IActionResult OnPostEvaluate()
    {
        if (Evaluate() is { } evaluation)
        {
            View = new InvestmentView(evaluation, t);
            Name ??= evaluation.Case.Name;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (Evaluate() is not { } evaluation)
        {
            return Page();
        }
        var id = await cases.SaveAsync(Name, evaluation, ct);
        return Redirect($"/investering/{id}");
    }

    private Evaluation? Evaluate()
    {
        var evaluation = CaseEvaluation.Evaluate(CaseJson ?? "", Draws, Seed, threads: 1);
        if (evaluation.IsSuccess)
        {
            return evaluation.Value;
        }
        CaseErrors = [.. (evaluation.Error.Fields ?? new Dictionary<string, string[]>()).SelectMany(kv => kv.Value.Select(m => (kv.Key, m)))];
        ModelState.AddModelError(nameof(CaseJson), t["Casen kan ikke beregnes. Se fejlene under feltet."]);
        return null;
    }
}

/// <summary>What the save form posts back: the case and how it was evaluated.</summary>
public sealed record SaveForm(string CaseJson, int Draws, long Seed, string? Name);

using Mestring.Application.Investments;

namespace Mestring.Web.Pages.Investering;

/// <summary>A saved case: its stored result and inputs, re-run to check that it reproduces.</summary>
public sealed class CaseModel(InvestmentCases cases, IStringLocalizer<SharedResource> t) : PageModel
{
    public InvestmentView? View { get; private set; }
    public string Name { get; private set; } = "";
    public string InputJson { get; private set; } = "";
    public bool Reproduced { get; private set; }
    public string EngineVersion { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await cases.FindAsync(id, ct);
        if (!found.IsSuccess)
        {
            return NotFound();
        }
        var saved = found.Value;
        Name = saved.Name;
        InputJson = saved.InputJson;
        EngineVersion = saved.EngineVersion;
        var evaluation = InvestmentCases.Reproduce(saved);
        Reproduced = evaluation.IsSuccess;
        if (evaluation.IsSuccess)
        {
            View = new InvestmentView(evaluation.Value, t, saved.Id, saved.CreatedBy, saved.CreatedAt);
        }
        return Page();
    }
}

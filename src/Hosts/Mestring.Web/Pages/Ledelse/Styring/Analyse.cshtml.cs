using Mestring.Application.Steering;
using Microsoft.AspNetCore.Authorization;

namespace Mestring.Web.Pages.Ledelse.Styring;

/// <summary>One steering analysis: a chart, the same numbers as a table, and one plain sentence.</summary>
[Authorize(Roles = "Manager,Admin,Supervision")]
public sealed class AnalysisPageModel(SteeringQueries queries) : PageModel
{
    public SteeringTable Table { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string Analysis { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await queries.GetAsync(Analysis, string.IsNullOrEmpty(By) ? null : By, ct);
        if (!result.IsSuccess)
        {
            return result.Error.Kind == ErrorKind.Forbidden ? Forbid() : NotFound();
        }
        Table = result.Value;
        return Page();
    }

    /// <summary>The breakdowns a page offers (the overview by dimension, progression by provider, the specialisation view's cuts).</summary>
    public IReadOnlyList<(string? By, string Label)> Choices(IStringLocalizer t) => Analysis switch
    {
        "overview" => [(null, t["Steering.By.year"]), .. SteeringQueries.Dimensions.Select(d => ((string?)d, t["Steering.By." + d].Value))],
        "progression" => [(null, t["Steering.By.method"]), ("provider", t["Steering.By.provider"])],
        "specialisation" => [(null, t["Steering.By.level"]), ("target", t["Steering.By.target"]), ("basis", t["Steering.By.basis"]), ("movement", t["Steering.By.movement"])],
        _ => [],
    };
}

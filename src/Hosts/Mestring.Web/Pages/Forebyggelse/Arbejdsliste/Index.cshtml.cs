using Mestring.Application.Prevention;

namespace Mestring.Web.Pages.Forebyggelse.Arbejdsliste;

/// <summary>The caseworker's early-detection worklist: flagged children in the team's areas, with the reasons.</summary>
public sealed class IndexModel(PreventionWorklist worklist) : PageModel
{
    public WorklistDto? Worklist { get; private set; }

    /// <summary>Why there is no worklist (early detection is switched off).</summary>
    public Error? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var answer = await worklist.WorklistAsync(ct);
        Worklist = answer.IsSuccess ? answer.Value : null;
        Refusal = answer.Error;
    }
}

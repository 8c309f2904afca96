using Mestring.Application.FollowUps;

namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>Overdue follow-ups in the caseworker's caseload.</summary>
public sealed class OverdueFollowUpsPageModel(FollowUpService followUps, TimeProvider clock) : PageModel
{
    public IReadOnlyList<FollowUpDto> Overdue { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Overdue = await followUps.OverdueAsync(ct);
    }
}

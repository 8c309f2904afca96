using Mestring.Application.AuditLog;

namespace Mestring.Web.Pages.MinPlan;

/// <summary>"Hvem har set mine data": every use of the citizen's data by someone else.</summary>
public sealed class AccessLogPageModel(AuditQueries audit) : PageModel
{
    public IReadOnlyList<AccessLogGroupDto> Entries { get; private set; } = [];

    // The citizen's own use of their plan is left out: the page answers who else has used their data; the same
    // person's repeated use of the same kind on one day is one line.
    public async Task OnGetAsync(CancellationToken ct) => Entries = await audit.MyAccessLogGroupedAsync(500, ct);
}

using Mestring.Application.AuditLog;

namespace Mestring.Web.Pages.Revision;

/// <summary>Audit log search for administrators and auditors (the search itself is logged).</summary>
public sealed class IndexModel(AuditQueries audit, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "borger")]
    public string? CitizenId { get; set; }

    [BindProperty(SupportsGet = true, Name = "bruger")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "noedadgang")]
    public bool BreakTheGlassOnly { get; set; }

    public IReadOnlyList<AuditEntryDto>? Entries { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Guid? citizen = null;
        if (!string.IsNullOrWhiteSpace(CitizenId))
        {
            if (Guid.TryParse(CitizenId.Trim(), out var id))
            {
                citizen = id;
            }
            else
            {
                ModelState.AddModelError("borger", t["Borgerens id skal være et GUID, fx 01a2041d-5699-7262-82da-a537a4325d64."]);
                return;
            }
        }
        if (Request.Query.Count > 0)
        {
            Entries = await audit.SearchAsync(citizen, string.IsNullOrWhiteSpace(UserName) ? null : UserName.Trim(), BreakTheGlassOnly, 500, ct);
        }
    }
}

using System.Text;
using Mestring.Application.AuditLog;

namespace Mestring.Web.Pages.Revision;

/// <summary>
/// The audit log for administrators and auditors: search by citizen (CPR or case number), user, kind of use, period
/// and break-the-glass; paged; exported as CSV. The search and the export are themselves logged.
/// </summary>
public sealed class IndexModel(AuditSearch search, IStringLocalizer<SharedResource> t) : PageModel
{
    public static readonly string[] Actions = ["read", "create", "update", "search", "denied", "export", "break-the-glass"];

    [BindProperty(SupportsGet = true, Name = "borger")] public string? Citizen { get; set; }
    [BindProperty(SupportsGet = true, Name = "bruger")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true, Name = "brug")] public string? Action { get; set; }
    [BindProperty(SupportsGet = true, Name = "fra")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "til")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "noedadgang")] public bool BreakTheGlassOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "side")] public int PageNumber { get; set; } = 1;

    public AuditPageDto? Result { get; private set; }

    private AuditFilter Filter => new(Citizen, UserName, string.IsNullOrWhiteSpace(Action) ? null : Action, BreakTheGlassOnly, From, To, PageNumber, 50);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Request.Query.Count == 0)
        {
            return;
        }
        var found = await search.SearchAsync(Filter, ct);
        if (found.IsSuccess)
        {
            Result = found.Value;
        }
        else
        {
            ModelState.AddModelError("borger", t["Ingen borger har det CPR-nummer eller sagsnummer."]);
        }
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var csv = await search.ExportCsvAsync(Filter, ct);
        if (!csv.IsSuccess)
        {
            ModelState.AddModelError("borger", t["Ingen borger har det CPR-nummer eller sagsnummer."]);
            return Page();
        }
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.Value)).ToArray(), "text/csv; charset=utf-8", "revisionslog.csv");
    }

    /// <summary>The current search with another page (or the export handler).</summary>
    public string Link(int? page = null, bool export = false)
    {
        var q = new Dictionary<string, string?>
        {
            ["borger"] = Citizen, ["bruger"] = UserName, ["brug"] = Action, ["fra"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["til"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["noedadgang"] = BreakTheGlassOnly ? "true" : null,
            ["side"] = page?.ToString(CultureInfo.InvariantCulture), ["handler"] = export ? "Export" : null, ["s"] = "1",
        };
        return "/revision?" + string.Join("&", q.Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value!)}"));
    }
}

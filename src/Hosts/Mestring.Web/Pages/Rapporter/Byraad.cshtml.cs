using Mestring.Application.Access;
using Mestring.Application.Reporting.Council;

namespace Mestring.Web.Pages.Rapporter;

/// <summary>Council reports: the list, a form to make one, and one report as a printable page (chart, table, record).</summary>
public sealed class CouncilReportPageModel(CouncilReports reports, ICurrentUser user) : PageModel
{
    public IReadOnlyList<CouncilReport> Reports { get; private set; } = [];
    public CouncilReport? Report { get; private set; }
    public string? Problem { get; private set; }

    [BindProperty]
    public int? FromYear { get; set; }

    [BindProperty]
    public int? ToYear { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } reportId)
        {
            var found = await reports.GetAsync(reportId, ct);
            if (found.Error is not null)
            {
                return NotFound();
            }
            Report = found.Value;
            return Page();
        }
        Reports = await reports.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var made = await reports.CreateAsync(user.Municipality(), new CouncilReportRequest(FromYear, ToYear), ct);
        if (made.Error is { } error)
        {
            Problem = error.Message;
            Reports = await reports.ListAsync(ct);
            return Page();
        }
        return Redirect($"/rapporter/byraad/{made.Value!.Id:D}");
    }

    /// <summary>Bar widths in per cent of the largest yearly total (the chart is SVG, so it prints).</summary>
    public static double Width(decimal? value, decimal max) => value is { } v && max > 0 ? (double)(v / max) * 100d : 0d;
}

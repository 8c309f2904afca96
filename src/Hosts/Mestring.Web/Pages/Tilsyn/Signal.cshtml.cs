using Mestring.Application.Oversight;
using Mestring.Application.Oversight.Registry;
using Mestring.Domain.Oversight;
using Mestring.Oversight;

namespace Mestring.Web.Pages.Tilsyn;

/// <summary>One signal's evidence (figures, chart, rows, path of person links) and its review with a reason.</summary>
public sealed class SignalPageModel(OversightQueries oversight, ProviderRegistry registry, IStringLocalizer<SharedResource> t) : PageModel
{
    public ReviewedSignal Current { get; private set; } = null!;

    public IReadOnlyList<SignalReview> History { get; private set; } = [];

    public ProviderSummary? Provider { get; private set; }

    public bool CanReview => OversightQueries.Reviewers.Any(User.IsInRole);

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string fingerprint, CancellationToken ct) => await LoadAsync(fingerprint, ct);

    public async Task<IActionResult> OnPostAsync(string fingerprint, CancellationToken ct)
    {
        var result = await oversight.ReviewAsync(fingerprint, Status, Reason, ct);
        if (result.IsSuccess)
        {
            TempData["Flash"] = t["Oversight.Saved.Review"].Value;
            return RedirectToPage(new { fingerprint });
        }
        if (result.Error!.Kind == Mestring.Domain.Common.ErrorKind.Forbidden)
        {
            return Forbid();
        }
        if (result.Error.Kind == Mestring.Domain.Common.ErrorKind.NotFound)
        {
            return NotFound();
        }
        foreach (var field in result.Error.Fields?.Keys ?? [])
        {
            ModelState.AddModelError(field == "status" ? "Status" : "Reason", t[field == "status" ? "Oversight.Review.ChooseStatus" : "Oversight.Review.GiveReason"]);
        }
        return await LoadAsync(fingerprint, ct);
    }

    private async Task<IActionResult> LoadAsync(string fingerprint, CancellationToken ct)
    {
        var all = await oversight.GetAsync(includeDismissed: true, null, null, ct);
        if (!all.IsSuccess)
        {
            return all.Error!.Kind == Mestring.Domain.Common.ErrorKind.Forbidden ? Forbid() : BadRequest();
        }
        var current = all.Value.FirstOrDefault(s => s.Signal.Fingerprint == fingerprint);
        if (current is null)
        {
            return NotFound();
        }
        Current = current;
        var history = await oversight.HistoryAsync(fingerprint, ct);
        History = history.IsSuccess ? history.Value : [];
        Provider = (await SignalsPageModel.ProvidersAsync(registry, ct)).GetValueOrDefault(current.Signal.ProviderId);
        return Page();
    }

    public SignalEvidence Evidence => Current.Signal.Evidence;

    /// <summary>The columns shown (the English free-text note only in English).</summary>
    public IReadOnlyList<int> ShownColumns => [.. Evidence.Columns.Select((c, i) => (c, i)).Where(x => OversightText.Shown(x.c)).Select(x => x.i)];

    /// <summary>Which evidence columns make the chart: the label column and one or two value columns; null = no chart (the path is the evidence).</summary>
    private (string Label, string Value, string? Value2)? ChartColumns => Current.Signal.Kind switch
    {
        SignalKinds.BillingOverCapacity => ("month", "billedDays", "placeDays"),
        SignalKinds.TakstAbovePeers => ("providerId", "indexedTakstDkk", null),
        SignalKinds.TakstloftBreach => ("serviceId", "takstDkk", "takstloftDkk"),
        SignalKinds.VolumeJump => ("year", "billedDkk", null),
        SignalKinds.FallingSupervisionScores => ("date", "mean", null),
        SignalKinds.OverlappingStays => ("personId", "overlapDays", null),
        SignalKinds.BillingAfterDeath or SignalKinds.BillingAfterOrderEnd or SignalKinds.BillingAboveOrder => ("invoiceId", "amountDkk", null),
        _ => null,
    };

    public bool HasChart => ChartColumns is not null && Evidence.Rows.Count > 0;

    public string Chart()
    {
        var (label, value, value2) = ChartColumns!.Value;
        var columns = Evidence.Columns.ToList();
        int li = columns.IndexOf(label), vi = columns.IndexOf(value), v2 = value2 is null ? -1 : columns.IndexOf(value2);
        decimal? Num(IReadOnlyList<string> row, int i) =>
            i >= 0 && decimal.TryParse(row[i], NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
        return ChartJson.Serialize(new BarChart("bar", [.. Evidence.Rows.Select(r => t.Cell(r[li]))], t.Field(value), [.. Evidence.Rows.Select(r => Num(r, vi))],
            value2 is null ? null : t.Field(value2), value2 is null ? null : [.. Evidence.Rows.Select(r => Num(r, v2))]));
    }

    public static IReadOnlyList<SignalReviewStatus> Statuses => Enum.GetValues<SignalReviewStatus>();
}

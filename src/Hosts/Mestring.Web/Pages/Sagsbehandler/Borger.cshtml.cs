using Mestring.Application.Assessments;
using Mestring.Application.Consents;
using Mestring.Application.FollowUps;
using Mestring.Application.Interventions;

namespace Mestring.Web.Pages.Sagsbehandler;

/// <summary>The citizen overview: timeline, goals with progression, interventions, plan sections, follow-ups.</summary>
public sealed class CitizenOverviewPageModel(
    CitizenQueries citizens, PlanQueries plans, AssessmentService assessments, FollowUpService followUps, ConsentService consents,
    ProgressNoteQueries notes, TimeProvider clock, IStringLocalizer<SharedResource> t) : CitizenPageModel(citizens)
{
    private readonly CitizenQueries _citizens = citizens;

    public PlanDto Plan { get; private set; } = null!;
    public IReadOnlyList<AssessmentDto> Assessments { get; private set; } = [];
    public IReadOnlyList<PlanVersionDto> Versions { get; private set; } = [];
    public IReadOnlyList<FollowUpDto> FollowUps { get; private set; } = [];
    public IReadOnlyList<ConsentDto> Consents { get; private set; } = [];
    public BreakGlassForm? BreakGlass { get; private set; }
    /// <summary>The providers' progress notes, newest first (they were write-only before issue 11).</summary>
    public IReadOnlyList<ProgressNoteDto> Notes { get; private set; } = [];
    public DateOnly Today => clock.TodayInDenmark();

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            BreakGlass = new BreakGlassForm($"/sagsbehandler/borger/{CitizenId}?handler=BreakGlass", false, null, null, null, null);
            return Page();
        }
        Plan = (await plans.GetAsync(CitizenId, ct)).Value;
        Assessments = (await assessments.ListAsync(CitizenId, ct)).OrNull() ?? [];
        Versions = (await plans.VersionsAsync(CitizenId, ct)).OrNull() ?? [];
        FollowUps = (await followUps.ListAsync(CitizenId, ct)).OrNull() ?? [];
        Consents = (await consents.ListAsync(CitizenId, ct)).OrNull() ?? [];
        Notes = (await notes.ForCitizenAsync(CitizenId, ct)).OrNull() ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostBreakGlassAsync(CancellationToken ct)
    {
        var reason = Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length < 10)
        {
            var message = t["Skriv en begrundelse på mindst 10 tegn."];
            ModelState.AddModelError("Reason", message);
            BreakGlass = new BreakGlassForm($"/sagsbehandler/borger/{CitizenId}?handler=BreakGlass", false, null, Reason, null, message);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if ((await _citizens.BreakGlassAsync(CitizenId, reason, ct)).Failed())
        {
            return NotFoundPage();
        }
        TempData["Flash"] = t["Du har nu nødadgang til borgeren i 3 timer. Adgangen er logget."].Value;
        return LocalRedirect(OverviewUrl);
    }

    private PageResult NotFoundPage()
    {
        BreakGlass = new BreakGlassForm($"/sagsbehandler/borger/{CitizenId}?handler=BreakGlass", false, null, Reason, null, null);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>Everything that happened, newest first: assessments, plan versions, orders and follow-ups.</summary>
    public IReadOnlyList<TimelineItem> Timeline()
    {
        var items = new List<TimelineItem>();
        items.AddRange(Assessments.Select(a => new TimelineItem(a.Date.ToDateTime(TimeOnly.MinValue), "t-assessment", t["Udredning"],
            a.AssessedBy is null or "register"
                ? (a.Items.Count == 1 ? t["Demo.1 tilstand indlæst fra registerudtrækket"] : t["Demo.{0} tilstande indlæst fra registerudtrækket", a.Items.Count])
                : a.Items.Count == 1 ? t["1 tilstand vurderet af {0}", a.AssessedBy] : t["{0} tilstande vurderet af {1}", a.Items.Count, a.AssessedBy])));
        items.AddRange(Notes.Select(n => new TimelineItem(Fmt.Local(n.At), "t-note", t["Notat fra leverandøren"],
            $"{n.Text} · {n.By}{(n.Goal is null ? "" : " · " + t["Mål: {0}", n.Goal])}")));
        items.AddRange(Versions.Select(v => new TimelineItem(Fmt.Local(v.At), "t-plan", t["Plan, version {0}", v.Number], $"{v.Change} · {v.ChangedBy}")));
        items.AddRange(Plan.Interventions.Select(i => new TimelineItem(i.Start.ToDateTime(TimeOnly.MinValue), "t-order", t["Indsats: {0}", i.Service],
            $"{Labels.LegalBasis(i.LegalBasis)} · {i.ProviderName} · {t.InterventionStatus(i.Status)}")));
        items.AddRange(FollowUps.Select(f => new TimelineItem(f.CompletedAt is { } done ? Fmt.Local(done) : f.DueDate.ToDateTime(TimeOnly.MinValue), "t-followup",
            t["Opfølgning"], f.CompletedAt is not null ? $"{t.Decision(f.Decision)}{(f.Note is null ? "" : " – " + f.Note)}"
                : f.Overdue ? t["Overskredet – skulle have været holdt {0}", Fmt.Date(f.DueDate)] : t["Planlagt {0}", Fmt.Date(f.DueDate)])));
        return [.. items.OrderByDescending(i => i.At)];
    }

    /// <summary>The progression of one goal: the primary condition's level per assessment and the citizen's ratings.</summary>
    public GoalProgress Progress(GoalDto goal)
    {
        var points = new SortedDictionary<DateOnly, (int? Level, int? Rating, string? Comment)>();
        foreach (var a in Assessments)
        {
            var item = a.Items.FirstOrDefault(i => i.ConditionCode == goal.PrimaryConditionCode);
            if (item?.FunctionLevel is { } level)
            {
                points[a.Date] = (level, points.GetValueOrDefault(a.Date).Rating, points.GetValueOrDefault(a.Date).Comment);
            }
        }
        foreach (var r in goal.Ratings)
        {
            var day = DateOnly.FromDateTime(Fmt.Local(r.At));
            points[day] = (points.GetValueOrDefault(day).Level, r.Rating, r.Comment);
        }
        var rows = points.Select(p => new ProgressRow(p.Key, p.Value.Level, p.Value.Rating, p.Value.Comment)).ToList();
        var chart = new ProgressChart("progress", [.. rows.Select(r => Fmt.Date(r.Date))], [.. rows.Select(r => r.Level)], [.. rows.Select(r => r.Rating)],
            goal.TargetLevel, t["Funktionsevneniveau (0–4)"], t["Borgerens vurdering (1–10)"], t["Målniveau"],
            [t["Ingen"], t["Let"], t["Moderat"], t["Svært"], t["Fuldstændig"]]);
        return new GoalProgress(rows, ChartJson.Serialize(chart));
    }

    /// <summary>The notes on one goal.</summary>
    public IEnumerable<ProgressNoteDto> NotesFor(Guid goalId) => Notes.Where(n => n.GoalId == goalId);

    /// <summary>The goals an order serves, in the citizen's words.</summary>
    public IEnumerable<string> GoalsServed(IReadOnlyList<Guid> goalIds) => Plan.Goals.Where(g => goalIds.Contains(g.Id)).Select(g => g.CitizenWords);

    public sealed record TimelineItem(DateTime At, string Css, string Kind, string Text);

    public sealed record ProgressRow(DateOnly Date, int? Level, int? Rating, string? Comment);

    public sealed record GoalProgress(IReadOnlyList<ProgressRow> Rows, string ChartJson);
}

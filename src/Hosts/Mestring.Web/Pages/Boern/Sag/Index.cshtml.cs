using Mestring.Application.Children;

namespace Mestring.Web.Pages.Boern.Sag;

/// <summary>
/// A child's case for the caseworker: the deadlines on a timeline, and the journey's steps — notifications and their
/// 24-hour assessment, the §19/§20 investigation, the decisions and barnets plan — each read audited.
/// </summary>
public sealed class IndexModel(CitizenQueries citizens, IStringLocalizer<SharedResource> t, ChildDeadlineQueries deadlines,
    NotificationService notifications, InvestigationService investigations, ChildDecisionService decisions, ChildPlanService plans,
    TimeProvider clock) : ChildCasePageModel(citizens, t)
{
    public IReadOnlyList<DeadlineDto> Deadlines { get; private set; } = [];
    public IReadOnlyList<NotificationDto> Notifications { get; private set; } = [];
    public IReadOnlyList<InvestigationDto> Investigations { get; private set; } = [];
    public IReadOnlyList<DecisionDto> Decisions { get; private set; } = [];
    public IReadOnlyList<ChildPlanRecordDto> Plans { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadCitizenAsync(ct))
        {
            return Page();
        }
        Now = clock.GetUtcNow();
        Deadlines = [.. ((await deadlines.ForChildAsync(CitizenId, null, ct)).OrNull() ?? []).Select(DeadlineDto.From)];
        Notifications = (await notifications.ListAsync(CitizenId, ct)).OrNull() ?? [];
        Investigations = (await investigations.ListAsync(CitizenId, ct)).OrNull() ?? [];
        Decisions = (await decisions.ListAsync(CitizenId, ct)).OrNull() ?? [];
        Plans = (await plans.ListAsync(CitizenId, ct)).OrNull() ?? [];
        return Page();
    }
}

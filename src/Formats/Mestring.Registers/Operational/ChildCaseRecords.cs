namespace Mestring.Registers.Operational;

/// <summary>
/// A child's casework under Barnets Lov that goes with a children's service (services.csv): the notification(s), the §20
/// investigation, the decision (<paramref name="Decision"/>), barnets plan, the first §95 follow-up, the ungeplan and the
/// transition at 18 — each time null when it has not happened by the data end. Times are UTC.
/// </summary>
public sealed record ChildCase(
    string PersonId,
    IReadOnlyList<ChildCaseNotification> Notifications,
    ChildCaseInvestigation Investigation,
    ChildCaseDecision Decision,
    DateTimeOffset? PlanAt,
    DateTimeOffset? FirstFollowUpAt,
    DateTimeOffset? YouthPlanAt,
    DateTimeOffset? TransitionAt);

/// <summary>A notification: professional (with the notifier's role) or private (possibly anonymous), and its assessment.</summary>
public sealed record ChildCaseNotification(DateTimeOffset ReceivedAt, bool Professional, string? Role, bool Anonymous, DateTimeOffset? AssessedAt, bool AcuteDanger);

/// <summary>The §20 investigation opened on the first notification: aware (its receipt), started, foreløbig vurdering, finished.</summary>
public sealed record ChildCaseInvestigation(DateTimeOffset AwareAt, DateTimeOffset StartedAt, DateTimeOffset? PreliminaryAt, DateTimeOffset? CompletedAt);

/// <summary>
/// The decision behind the service <paramref name="ServiceId"/>: <paramref name="Section"/> BL-32 (with the §32 support
/// type's contract name), BL-46 or BL-47 (prepared at <paramref name="PreparedAt"/>, decided by the committee).
/// </summary>
public sealed record ChildCaseDecision(string Section, string? SupportType, string ServiceId, DateTimeOffset? PreparedAt, DateTimeOffset DecidedAt,
    DateTimeOffset StartsAt, DateTimeOffset? EndedAt, int ExpectedMonths);

namespace Mestring.Domain.Children;

/// <summary>A notification as the deadline rules see it: received, and assessed (or not yet).</summary>
public sealed record NotificationFact(Guid Id, DateTimeOffset ReceivedAt, DateTimeOffset? AssessedAt);

/// <summary>
/// A §20 investigation as the deadline rules see it: when the municipality became aware (the notification's receipt or
/// the application's), and when it was finished or a foreløbig vurdering was recorded.
/// </summary>
public sealed record InvestigationFact(Guid Id, DateTimeOffset AwareAt, DateTimeOffset? CompletedAt, DateTimeOffset? PreliminaryAt);

/// <summary>
/// A decision on a measure (§32, §46 or §47). <see cref="DecidedAt"/> is null for a §47 case prepared for børne- og
/// ungeudvalget and not yet decided; then <see cref="MeetingAt"/> is the committee's meeting. <see cref="StartsAt"/> is
/// when the measure starts (the decision when not given); <see cref="EndedAt"/> when it ended.
/// </summary>
public sealed record DecisionFact(
    Guid Id,
    ChildDecisionSection Section,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndedAt,
    DateTimeOffset? PreparedAt = null,
    DateTimeOffset? MeetingAt = null)
{
    /// <summary>False for a rejected §47 case: decided, never in force.</summary>
    public bool InForce { get; init; } = true;

    /// <summary>The moment the measure takes effect, if decided and in force.</summary>
    public DateTimeOffset? EffectiveAt => InForce && DecidedAt is { } d ? StartsAt ?? d : null;

    public bool ActiveAt(DateTimeOffset t) => EffectiveAt is { } start && start <= t && (EndedAt is null || EndedAt > t);
}

/// <summary>
/// Everything about one child that decides the legal deadlines: the notifications, the §20 investigations, the
/// decisions, the times barnets plan (§91) and the ungeplan (§108) were recorded, the completed follow-ups and the
/// recorded transition into adulthood.
/// </summary>
public sealed record ChildCaseFacts(
    Guid CitizenId,
    DateOnly BirthDate,
    IReadOnlyList<NotificationFact> Notifications,
    IReadOnlyList<InvestigationFact> Investigations,
    IReadOnlyList<DecisionFact> Decisions,
    IReadOnlyList<DateTimeOffset> ChildPlans,
    IReadOnlyList<DateTimeOffset> YouthPlans,
    IReadOnlyList<DateTimeOffset> FollowUpsCompleted,
    DateTimeOffset? TransitionAt);

/// <summary>One legal deadline: what triggered it, when it is due, when (if) it was met, and its status as of the instant asked.</summary>
public sealed record ChildDeadline(
    Guid CitizenId,
    DeadlineKind Kind,
    DateTimeOffset TriggeredAt,
    DateTimeOffset DueAt,
    DateTimeOffset? MetAt,
    DeadlineStatus Status,
    Guid? SourceId);

namespace Mestring.Application.Children;

/// <summary>
/// A notification as the caseworker sees it. <c>notifier</c> is null when anonymous — the name was never stored.
/// <c>repeatCount</c> is how many notifications the child has had in the 12 months up to this one.
/// </summary>
public sealed record NotificationDto(Guid Id, Guid CitizenId, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, string NotifierKind, bool Anonymous,
    string? Notifier, string? NotifierContact, string? NotifierRole, string Concern, DateTimeOffset? AssessedAt, bool? AcuteDanger, string? Assessment,
    string? AssessedBy, DateTimeOffset? AcknowledgedAt, int RepeatCount);

/// <summary>A child with repeated notifications (two or more within 12 months) in the caller's caseload.</summary>
public sealed record RepeatedNotificationsDto(Guid CitizenId, string Name, int Count, DateTimeOffset LastReceivedAt);

public sealed record FindingDto(string Area, string Theme, string? Resources, string? Concerns);

public sealed record InvestigationDto(Guid Id, Guid CitizenId, string Kind, string Source, Guid? NotificationId, DateTimeOffset AwareAt,
    DateTimeOffset DueAt, DateTimeOffset StartedAt, string? Reason, IReadOnlyList<FindingDto> Findings, string? ChildView, DateTimeOffset? ChildViewAt,
    IReadOnlyList<Guid> SiblingIds, string? PreliminaryAssessment, DateTimeOffset? PreliminaryAt, string? Conclusion, DateTimeOffset? CompletedAt);

public sealed record DecisionDto(Guid Id, Guid CitizenId, string Section, string? SupportType, string Purpose, int ExpectedDurationMonths,
    bool ParentsConsent, Guid? InvestigationId, string LegalBasis, string ComplaintGuidance, DateTimeOffset? PreparedAt, DateTimeOffset? MeetingAt,
    DateTimeOffset? DecidedAt, string? DecidedBy, string? Outcome, DateTimeOffset? StartsAt, DateTimeOffset? EndedAt, bool InForce,
    IReadOnlyList<Guid> InterventionIds);

public sealed record ChildPlanRecordDto(Guid Id, string Kind, int PlanVersion, DateTimeOffset RecordedAt, string PlainSummary, string? ChildWords,
    string? ParentsWords, Guid? DecisionId, string? Target);

public sealed record ChildGoalDto(Guid Id, string CitizenWords, string Status);

/// <summary>
/// The child's plan as a parent with custody or the child (from 12) sees it: the plan records, the goals in the child's
/// words, the deadlines the family is owed and — for parents — the decisions. Never the notifications or who made them.
/// </summary>
public sealed record ChildPlanViewDto(Guid CitizenId, string Name, int Age, string Viewer, IReadOnlyList<ChildPlanRecordDto> Records,
    IReadOnlyList<ChildGoalDto> Goals, IReadOnlyList<DecisionDto> Decisions, IReadOnlyList<DeadlineDto> Deadlines);

/// <summary>A child a parent has custody of.</summary>
public sealed record MyChildDto(Guid CitizenId, string Name, int Age);

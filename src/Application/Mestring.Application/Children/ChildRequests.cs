namespace Mestring.Application.Children;

/// <summary>An underretning received about a child. <c>notifierKind</c>: professional | private.</summary>
public sealed record NotificationRequest(string? NotifierKind, bool Anonymous, string? NotifierName, string? NotifierContact, string? NotifierRole,
    string? Concern, DateTimeOffset? ReceivedAt = null);

/// <summary>The 24-hour assessment: is the child in acute danger, and why.</summary>
public sealed record AssessNotificationRequest(bool AcuteDanger, string? Assessment, DateTimeOffset? AssessedAt = null);

/// <summary>The acknowledgement sent to the notifier.</summary>
public sealed record AcknowledgeRequest(DateTimeOffset? AcknowledgedAt = null);

/// <summary>
/// A §19 afdækning or §20 undersøgelse. <c>kind</c>: afdaekning | undersoegelse; <c>source</c>: notification (with its
/// id: the 4 months run from its receipt) | application | other (with <c>awareAt</c>, when the municipality became aware).
/// </summary>
public sealed record InvestigationRequest(string? Kind, string? Source, Guid? NotificationId, DateTimeOffset? AwareAt, string? Reason);

/// <summary>A finding on one ICS sub-theme (GET /api/v1/children/ics lists them): resources and/or concerns.</summary>
public sealed record FindingRequest(string? Theme, string? Resources, string? Concerns);

/// <summary>The child's own view in the child's words.</summary>
public sealed record ChildViewRequest(string? Words);

/// <summary>Siblings considered together with the child (§21): citizens sharing a parent with the child.</summary>
public sealed record SiblingsRequest(IReadOnlyList<Guid>? SiblingIds);

/// <summary>A text: the foreløbig vurdering or the conclusion.</summary>
public sealed record TextRequest(string? Text);

/// <summary>
/// A decision. <c>section</c>: BL-32 (with <c>supportType</c>, one of the 8 types, and the parents' consent) | BL-46
/// (with consent and the §20 <c>investigationId</c>) | BL-47 (without consent, prepared for the committee meeting
/// <c>meetingAt</c>, with the §20 <c>investigationId</c>). <c>legalBasis</c> and <c>complaintGuidance</c> default to the
/// section's standard texts.
/// </summary>
public sealed record DecisionRequest(string? Section, string? SupportType, string? Purpose, int ExpectedDurationMonths, bool ParentsConsent,
    Guid? InvestigationId, string? LegalBasis, string? ComplaintGuidance, DateTimeOffset? DecidedAt = null, DateTimeOffset? StartsAt = null,
    DateTimeOffset? MeetingAt = null);

/// <summary>Børne- og ungeudvalget's decision in a §47 case, made outside the system. <c>outcome</c>: approved | rejected.</summary>
public sealed record CommitteeRequest(string? Outcome, DateTimeOffset? DecidedAt, DateTimeOffset? StartsAt = null);

/// <summary>
/// A version of the plan agreed as barnets plan (<c>kind</c> child-plan), the ungeplan (youth-plan) or the transition
/// at 18 (transition, with <c>target</c> youth-support | service-act | none).
/// </summary>
public sealed record ChildPlanRequest(string? Kind, string? PlainSummary, string? ChildWords, string? ParentsWords, Guid? DecisionId, string? Target = null);

/// <summary>A parent user's custody of a child (forældremyndighed).</summary>
public sealed record CustodyRequest(string? ParentUserId, DateOnly? From = null);

/// <summary>Opening a §19 afdækning from the early-detection worklist: the caseworker's reason (the screening is added).</summary>
public sealed record ScreeningAfdaekningRequest(string? Reason);

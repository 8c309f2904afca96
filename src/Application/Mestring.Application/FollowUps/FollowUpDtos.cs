using Mestring.Application.Assessments;
using Mestring.Terminology;

namespace Mestring.Application.FollowUps;

public sealed record FollowUpDto(Guid Id, Guid CitizenId, string? CitizenName, Guid? InterventionId, DateOnly DueDate, bool Overdue,
    DateTimeOffset? CompletedAt, string? Decision, string? Note, string? ProviderNote);

public sealed record ScheduleRequest(DateOnly DueDate, Guid? InterventionId);

public sealed record GoalRatingRequest(Guid GoalId, int Rating, string? Comment);

public sealed record CompleteRequest(FollowUpDecisionKind Decision, string? Note, string? ProviderNote,
    IReadOnlyList<AssessmentItemRequest>? Reassessment, IReadOnlyList<GoalRatingRequest>? Ratings);

public sealed record RateRequest(int Rating, string? Comment);

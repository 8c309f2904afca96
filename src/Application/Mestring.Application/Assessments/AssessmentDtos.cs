namespace Mestring.Application.Assessments;

public sealed record AssessmentItemDto(string ConditionCode, string Condition, int? FunctionLevel, int? SupportNeed);

public sealed record AssessmentDto(Guid Id, DateOnly Date, string? AssessedBy, IReadOnlyList<AssessmentItemDto> Items);

public sealed record AssessmentItemRequest(string ConditionCode, int? FunctionLevel, int? SupportNeed);

public sealed record AssessmentRequest(DateOnly Date, IReadOnlyList<AssessmentItemRequest> Items);

using Mestring.Terminology;

namespace Mestring.Application.Plans;

public sealed record RatingDto(int Rating, string? Comment, DateTimeOffset At);

public sealed record GoalDto(
    Guid Id,
    string CitizenWords,
    string ProfessionalText,
    GoalKind Kind,
    string GoalTypeCode,
    string PrimaryConditionCode,
    string PrimaryCondition,
    IReadOnlyList<string> SecondaryConditionCodes,
    int? BaselineLevel,
    int TargetLevel,
    int? LatestLevel,
    DateOnly DueDate,
    GoalStatus Status,
    IReadOnlyList<RatingDto> Ratings);

public sealed record SectionDto(Sector Sector, string Text, string? Responsible);

public sealed record PlanInterventionDto(
    Guid Id,
    string ServiceCode,
    string Service,
    string LegalBasis,
    Sector Sector,
    Guid ProviderId,
    string ProviderName,
    string? Method,
    decimal UnitsPerWeek,
    string Unit,
    decimal UnitPrice,
    decimal WeeklyCost,
    DateOnly Start,
    DateOnly? End,
    string Status,
    string? DeclineReason,
    IReadOnlyList<Guid> GoalIds);

public sealed record NetworkDto(Guid Id, string Contributor, ContributorKind Kind, string Task, Guid? GoalId, bool SharedUnderConsent);

public sealed record PlanDto(
    Guid CitizenId,
    Guid? PlanId,
    int Version,
    DateTimeOffset? UpdatedAt,
    DateOnly? NextFollowUp,
    IReadOnlyList<GoalDto> Goals,
    IReadOnlyList<SectionDto> Sections,
    IReadOnlyList<PlanInterventionDto> Interventions,
    IReadOnlyList<NetworkDto> Network);

public sealed record PlanVersionDto(int Number, DateTimeOffset At, string ChangedBy, string Change);

public sealed record PlanComparisonDto(int From, int To, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed);

public sealed record GoalRequest(
    string CitizenWords,
    string ProfessionalText,
    GoalKind Kind,
    string PrimaryConditionCode,
    IReadOnlyList<string>? SecondaryConditionCodes,
    int? BaselineLevel,
    int? TargetLevel,
    DateOnly DueDate)
{
    public GoalDraft ToDraft() => new(CitizenWords, ProfessionalText, Kind, PrimaryConditionCode, SecondaryConditionCodes ?? [], BaselineLevel, TargetLevel, DueDate);
}

public sealed record GoalStatusRequest(GoalStatus Status);

public sealed record SectionRequest(Sector Sector, string Text, string? Responsible);

public sealed record NetworkRequest(string Contributor, ContributorKind Kind, string Task, Guid? GoalId);

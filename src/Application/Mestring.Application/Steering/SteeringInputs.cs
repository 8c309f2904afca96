namespace Mestring.Application.Steering;

/// <summary>What the fact builder needs of one citizen: plain rows, no names.</summary>
public sealed record CitizenRow(Guid Id, string? Area, DateOnly BirthDate);

public sealed record InterventionRow(
    Guid CitizenId, InterventionStatus Status, DateOnly Start, DateOnly? End, ServiceUnit Unit, decimal UnitsPerWeek, decimal UnitPrice,
    string LegalBasis, string? TargetGroupCode, int? Level, Guid ProviderId, string Method, IReadOnlyList<Guid> GoalIds);

public sealed record GoalRow(Guid Id, Guid CitizenId, Guid PlanId, GoalStatus Status, DateOnly DueDate, int? BaselineLevel, string ConditionCode);

/// <summary>The latest function level recorded for a condition of a citizen, and when.</summary>
public sealed record LevelRow(Guid CitizenId, string ConditionCode, DateOnly Date, int Level);

public sealed record FollowUpRow(Guid CitizenId, DateOnly DueDate);

/// <summary>Everything about a set of citizens the facts are built from.</summary>
public sealed record SteeringInput(
    IReadOnlyList<CitizenRow> Citizens,
    IReadOnlyList<InterventionRow> Interventions,
    IReadOnlyList<GoalRow> Goals,
    IReadOnlyList<LevelRow> LatestLevels,
    IReadOnlyList<Guid> PlanCitizens,
    IReadOnlyList<FollowUpRow> OpenFollowUps);

/// <summary>One citizen's contribution to one cell, before it is stored.</summary>
public readonly record struct FactValue(Guid CitizenId, int Year, string Cut, string Key, int Citizens, decimal Spending, int Items, int ItemsMet, decimal Progress);

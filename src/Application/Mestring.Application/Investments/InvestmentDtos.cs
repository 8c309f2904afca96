namespace Mestring.Application.Investments;

/// <summary>A saved case in a list: the headline figures and how it was computed.</summary>
public sealed record SavedCaseSummaryDto(
    Guid Id,
    string Name,
    string EngineVersion,
    int Draws,
    long Seed,
    double Npv,
    double? Bcr,
    int? BreakEvenYear,
    string CreatedBy,
    DateTimeOffset CreatedAt);

/// <summary>
/// A target group's history before they started an intervention: <c>legalBasis</c> (e.g. SEL-110) or
/// <c>serviceCode</c> (FFB) picks the participants, <c>eventType</c> the outcome (shelter_night, acute_admission,
/// psychiatric_contact, ed_visit, placement_day), <c>yearsBefore</c> the window before each one's first start.
/// </summary>
public sealed record BaselineRequest(string? LegalBasis = null, string? ServiceCode = null, string? EventType = null, int? YearsBefore = null);

/// <summary>
/// Mean yearly quantity per participant before the start, with its standard error. Aggregate only: when fewer
/// than <see cref="SuppressionThreshold"/> citizens match, the figures are withheld (<see cref="Suppressed"/>).
/// </summary>
public sealed record BaselineDto(
    string EventType,
    string? OutcomeId,
    string Target,
    int YearsBefore,
    int? N,
    double? MeanPerYear,
    double? Se,
    double? Sd,
    bool Suppressed,
    int SuppressionThreshold,
    string BaselineSource,
    string Description);

/// <summary>An event type in the registers and the catalogue outcome it counts.</summary>
public sealed record EventOutcome(string EventType, string OutcomeId);

namespace Mestring.Application.Prevention;

/// <summary>Why early detection answered nothing: the switch is off (Danish text for the UI and the API).</summary>
public sealed record PreventionRefusal(string Message);

/// <summary>One flagged child on a caseworker's worklist.</summary>
public sealed record WorklistItemDto(
    Guid CitizenId, string PersonId, string Name, int Age, string? Area, IReadOnlyList<string> Factors,
    IReadOnlyList<string> FactorNames, int Score, string Tier, string Meaning, string? LatestDecision, DateTimeOffset? LatestDecisionAt);

/// <summary>The worklist: flagged children (tier middel or høj) living in the caseworker's team's areas.</summary>
public sealed record WorklistDto(
    DateOnly AsOf, string LegalBasis, IReadOnlyList<string> Areas, IReadOnlyList<string> EnabledIndicators, IReadOnlyList<WorklistItemDto> Items);

/// <summary>One datum behind a factor (role, pseudonymous person id, field, value, year).</summary>
public sealed record EvidenceDto(string Role, string? PersonId, string Field, string Value, int? Year);

/// <summary>A factor's status for the child with the data behind it.</summary>
public sealed record FactorDto(string Key, string Name, string Status, string Summary, string Definition, string DataSource, string LegalBasis, IReadOnlyList<EvidenceDto> Data);

/// <summary>A recorded human decision.</summary>
public sealed record DecisionDto(Guid Id, string Kind, string Reason, string DecidedBy, DateTimeOffset DecidedAt, IReadOnlyList<string> Factors, int Score, string Tier);

/// <summary>
/// What the calibration says the child's factors have meant for earlier youths in the municipality:
/// "af 100 unge med disse forhold fik ca. N …", its interval, and whether the exact combination or the number of factors was used.
/// </summary>
public sealed record MeaningDto(string Sentence, string Interval, double Share, int Observed, bool ByCombination, int OutcomeYear);

/// <summary>Everything behind one flagged child, and the decisions made so far.</summary>
public sealed record WorklistPersonDto(
    Guid CitizenId, string PersonId, string Name, int Age, string? Area, int ReferenceYear, int Score, string Tier,
    IReadOnlyList<FactorDto> Factors, MeaningDto Meaning, IReadOnlyList<DecisionDto> Decisions);

/// <summary>A caseworker's decision: <c>contact</c>, <c>early-help</c> (Barnets Lov §§ 28–32) or <c>no-action</c>, with a reason.</summary>
public sealed record DecisionRequest(string? Kind, string? Reason);

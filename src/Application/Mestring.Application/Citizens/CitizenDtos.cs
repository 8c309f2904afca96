namespace Mestring.Application.Citizens;

public sealed record CitizenSummaryDto(
    Guid Id,
    string PersonId,
    string Name,
    DateOnly BirthDate,
    int Age,
    string? Area,
    int OpenInterventions,
    DateOnly? NextFollowUp,
    bool HasOverdueFollowUp);

public sealed record RelativeDto(Guid Id, string Relation, string Name);

public sealed record CitizenDto(
    Guid Id,
    string PersonId,
    string Name,
    string? CprMasked,
    DateOnly BirthDate,
    int Age,
    char Sex,
    string? Area,
    DateOnly? DeathDate,
    string AccessBasis,
    IReadOnlyList<RelativeDto> Family);

public sealed record BreakGlassRequest(string Reason);

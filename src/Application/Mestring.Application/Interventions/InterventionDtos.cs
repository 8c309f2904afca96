using Mestring.Terminology;

namespace Mestring.Application.Interventions;

public sealed record OrderRequest(
    string ServiceCode,
    string LegalBasis,
    Sector Sector,
    Guid ProviderId,
    string? Method,
    decimal UnitsPerWeek,
    ServiceUnit Unit,
    decimal? UnitPrice,
    DateOnly Start,
    DateOnly? End,
    IReadOnlyList<Guid>? GoalIds);

public sealed record DeclineRequest(string Reason);

public sealed record EndRequest(DateOnly End, FollowUpDecisionKind Decision);

/// <summary>A progress note; <c>sharedWithCitizen</c> (default false) lets the citizen read it on their own page.</summary>
public sealed record ProgressNoteRequest(string Text, Guid? GoalId, decimal? DeliveredUnits, bool SharedWithCitizen = false);

/// <summary>An order in a provider's inbox: what to deliver and for which goals; the citizen by name only.</summary>
public sealed record InboxItemDto(Guid InterventionId, Guid CitizenId, string CitizenName, string Service, string LegalBasis, string? Method,
    decimal UnitsPerWeek, string Unit, decimal UnitPrice, DateOnly Start, DateOnly? End, string Status, DateTimeOffset OrderedAt);

public sealed record ProviderDto(Guid Id, string ExternalId, string Name, string Ownership, string OfferType, int Capacity, int SpecialisationLevel);

using Mestring.Domain.Providers;

namespace Mestring.Application.Oversight.Registry;

/// <summary>A tilbud in the registry's list.</summary>
public sealed record ProviderSummary(Guid Id, string ProviderId, string Name, string OfferType, Ownership Ownership, int? Capacity, int? SpecialisationLevel);

/// <summary>A takst of the tilbud.</summary>
public sealed record RateView(Guid Id, string ServiceCode, string? TargetGroup, string Unit, decimal PriceDkk, int PriceYear, decimal OccupancyPercent);

/// <summary>Places under one legal basis.</summary>
public sealed record PlacesView(Guid Id, string LegalBasis, int Places);

/// <summary>An afdeling.</summary>
public sealed record UnitView(Guid Id, string UnitId, string Name, string? PNumber, int? Places);

/// <summary>A link of the people graph reachable from the tilbud (owner, board member, leader, through companies), with any quarantine of its person.</summary>
public sealed record PersonLinkView(Guid Id, string FromId, string ToId, LinkRole Role, int Depth, QuarantineView? Quarantine);

/// <summary>A §14 a quarantine.</summary>
public sealed record QuarantineView(Guid Id, string PersonId, LinkRole Role, DateOnly From, DateOnly To, string DecidedBy, string LegalBasis);

/// <summary>One assessment: its date (null = the undated published scores) and theme scores with the theme's names.</summary>
public sealed record AssessmentView(DateOnly? Date, IReadOnlyList<ThemeScoreView> Scores)
{
    public double Mean => Scores.Count == 0 ? 0 : Scores.Average(s => s.Score);
}

public sealed record ThemeScoreView(string Theme, string NameDa, string NameEn, int Score, bool ThemeValidOnDate);

/// <summary>Citizens placed (active orders) under one legal basis; <see cref="Citizens"/> null = fewer than 5, suppressed.</summary>
public sealed record PlacedCount(string LegalBasis, int? Citizens);

/// <summary>Everything the tilbud page shows.</summary>
public sealed record ProviderDetail(
    ProviderSummary Summary, string? Cvr, bool? Quarantined, IReadOnlyList<RateView> Rates, IReadOnlyList<PlacesView> Places, IReadOnlyList<UnitView> Units,
    IReadOnlyList<PersonLinkView> People, IReadOnlyList<AssessmentView> Supervision, IReadOnlyList<PlacedCount> Placed, int? PlacedTotal,
    decimal? OccupancyPercent)
{
    /// <summary>Cells below this are suppressed (shown as "under 5").</summary>
    public const int MinCell = 5;
}

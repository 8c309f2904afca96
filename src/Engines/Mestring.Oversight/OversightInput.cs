namespace Mestring.Oversight;

/// <summary>A tilbud as the signals see it (register ids only; people are pseudonymous ids).</summary>
/// <param name="ProviderId">The provider's register id (provider_id).</param>
/// <param name="TilbudType">e.g. <c>herberg</c>, <c>botilbud_midlertidigt</c>.</param>
/// <param name="Capacity">Places; null = unknown or not place-based.</param>
/// <param name="OwnerId">Pseudonymous owner (person or company).</param>
/// <param name="LeaderId">Pseudonymous leader.</param>
/// <param name="Quarantined">True when the tilbud's approval ended with a person in quarantine (the graph's sources).</param>
public sealed record OversightProvider(
    string ProviderId, string TilbudType, int? Capacity, int? SpecialisationLevel, string? OwnerId, string? LeaderId, bool Quarantined);

/// <summary>An order (services.csv): what the municipality agreed to buy, at which takst.</summary>
/// <param name="Unit">The register unit code: day, hour, week or month.</param>
/// <param name="UnitPrice">The takst per unit in DKK at the price year <see cref="Start"/>.Year; null = unknown.</param>
public sealed record OversightOrder(
    string ServiceId, string ProviderId, string PersonId, string ServiceCode, string? TargetGroup, int? SpecialisationLevel,
    string LegalBasis, DateOnly Start, DateOnly? End, string Unit, decimal? UnitsPerWeek, decimal? UnitPrice);

/// <summary>An invoice line (invoices.csv).</summary>
public readonly record struct OversightInvoice(
    string InvoiceId, string ProviderId, string PersonId, string? ServiceId, DateOnly PeriodStart, DateOnly PeriodEnd, string Unit,
    decimal Units, decimal Amount, DateOnly InvoiceDate);

/// <summary>One theme score of a socialtilsyn assessment.</summary>
public sealed record OversightScore(string ProviderId, DateOnly Date, string Theme, int Score);

/// <summary>
/// A link in the graph of tilbud, companies and persons beyond providers.csv's owner and leader: <paramref name="FromId"/>
/// (a provider id or a company id) has <paramref name="ToId"/> (a person or company id) as owner, board member or leader.
/// </summary>
public sealed record OversightLink(string FromId, string ToId, string Role);

/// <summary>A takstloft: a maximum daily takst for orders under a legal basis, at the prices of <paramref name="PriceYear"/>.</summary>
public sealed record Takstloft(string LegalBasis, string Name, decimal DkkPerDay, int PriceYear);

/// <summary>Everything the signals are computed from.</summary>
public sealed record OversightInput
{
    public required IReadOnlyList<OversightProvider> Providers { get; init; }
    public required IReadOnlyList<OversightOrder> Orders { get; init; }
    public required IReadOnlyList<OversightInvoice> Invoices { get; init; }
    /// <summary>Death dates by person id.</summary>
    public required IReadOnlyDictionary<string, DateOnly> Deaths { get; init; }
    public IReadOnlyList<OversightScore> Supervision { get; init; } = [];
    public IReadOnlyList<OversightLink> Links { get; init; } = [];
    /// <summary>Persons in quarantine (socialtilsynsloven §14 a).</summary>
    public IReadOnlyCollection<string> QuarantinedPersons { get; init; } = [];
    public required PriceIndex PriceIndex { get; init; }
    public IReadOnlyList<Takstloft> Takstlofter { get; init; } = Oversight.Takstlofter.Default;
}

/// <summary>The takstlofter of 2025 (at 2024 prices): herberg (SEL §110) and krisecenter (SEL §109).</summary>
public static class Takstlofter
{
    public static IReadOnlyList<Takstloft> Default { get; } =
    [
        new("SEL-110", "herberg", 2322m, 2024),
        new("SEL-109", "krisecenter", 3197m, 2024),
    ];
}

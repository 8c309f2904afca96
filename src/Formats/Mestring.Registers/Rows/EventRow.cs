namespace Mestring.Registers;

/// <summary>One row of events.csv. Key: (person_id, date, type).</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Date">The day (or first day of an aggregated period).</param>
/// <param name="Type">One of <see cref="EventTypes"/> or another lower-case snake_case token.</param>
/// <param name="Quantity">How many (≥ 0), e.g. nights or days.</param>
/// <param name="ProviderId">Extra column <c>provider_id</c>: the provider involved (shelter nights, placement days); null = none.</param>
public readonly record struct EventRow(string PersonId, DateOnly Date, string Type, decimal Quantity, string? ProviderId = null);

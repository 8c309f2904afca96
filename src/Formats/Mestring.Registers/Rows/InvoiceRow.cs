namespace Mestring.Registers;

/// <summary>
/// One row of invoices.csv (optional file): what a provider billed the municipality for one citizen and period.
/// Key: <see cref="InvoiceId"/>.
/// </summary>
/// <param name="InvoiceId">The invoice line's id (pseudonymous or the finance system's).</param>
/// <param name="ProviderId">The provider (tilbud) that billed.</param>
/// <param name="PersonId">The citizen billed for.</param>
/// <param name="ServiceId">The order (services.csv) billed against; null = not tied to an order.</param>
/// <param name="PeriodStart">First day billed.</param>
/// <param name="PeriodEnd">Last day billed (inclusive).</param>
/// <param name="Unit">The billed unit (day/hour/week/month).</param>
/// <param name="Units">Units billed (≥ 0).</param>
/// <param name="AmountDkk">Amount billed in DKK (≥ 0).</param>
/// <param name="InvoiceDate">The invoice's date.</param>
public readonly record struct InvoiceRow(
    string InvoiceId, string ProviderId, string PersonId, string? ServiceId, DateOnly PeriodStart, DateOnly PeriodEnd,
    ServiceUnit Unit, decimal Units, decimal AmountDkk, DateOnly InvoiceDate);

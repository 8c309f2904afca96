using Mestring.Domain.Common;

namespace Mestring.Domain.Oversight;

/// <summary>
/// What a provider billed the municipality for one citizen and period (invoices.csv): the raw material of the
/// oversight signals (capacity, death, order end, overlap, above the order, volume). Rows are written only by the
/// register import (bulk, columns from the EF model), after the register reader has checked them: the period does not
/// end before it starts, units and amount are not negative.
/// </summary>
public sealed class Invoice : CitizenRecord
{
    private Invoice() { }

    public long Id { get; private set; }
    /// <summary>invoice_id in the register extract.</summary>
    public string ExternalId { get; private set; } = "";
    public Guid ProviderId { get; private set; }
    /// <summary>The order billed against (services.csv service_id); null = not tied to an order.</summary>
    public Guid? InterventionId { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    /// <summary>Last day billed (inclusive).</summary>
    public DateOnly PeriodEnd { get; private set; }
    /// <summary>The register-extract unit code: day, hour, week or month.</summary>
    public string Unit { get; private set; } = "";
    public decimal Units { get; private set; }
    public decimal AmountDkk { get; private set; }
    public DateOnly InvoiceDate { get; private set; }
}

using Mestring.Domain.Common;

namespace Mestring.Domain.Oversight;

/// <summary>
/// What a provider billed the municipality for one citizen and period (invoices.csv): the raw material of the
/// oversight signals (capacity, death, order end, overlap, above the order, volume).
/// </summary>
public sealed class Invoice : ITenantOwned, ICitizenData
{
    private Invoice() { }

    public Invoice(
        Guid municipalityId, string externalId, Guid providerId, Guid citizenId, Guid? interventionId, DateOnly periodStart,
        DateOnly periodEnd, string unit, decimal units, decimal amountDkk, DateOnly invoiceDate)
    {
        if (periodEnd < periodStart)
        {
            throw ValidationException.For("periodEnd", "The period ends before it starts.");
        }
        if (units < 0 || amountDkk < 0)
        {
            throw ValidationException.For(units < 0 ? "units" : "amountDkk", "Units and amount must be >= 0.");
        }
        MunicipalityId = municipalityId;
        ExternalId = Guard.NotBlank(externalId, "invoiceId", 64);
        ProviderId = providerId;
        CitizenId = citizenId;
        InterventionId = interventionId;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Unit = unit;
        Units = units;
        AmountDkk = amountDkk;
        InvoiceDate = invoiceDate;
    }

    public long Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    /// <summary>invoice_id in the register extract.</summary>
    public string ExternalId { get; private set; } = "";
    public Guid ProviderId { get; private set; }
    public Guid CitizenId { get; private set; }
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

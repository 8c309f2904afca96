using Mestring.Domain.Common;

namespace Mestring.Domain.Registers;

/// <summary>A dated event in a citizen's life (events.csv): admissions, shelter nights, notifications, …</summary>
public sealed class CitizenEvent : ITenantOwned, ICitizenData
{
    private CitizenEvent() { }

    public CitizenEvent(Guid municipalityId, Guid citizenId, DateOnly date, string type, decimal quantity, Guid? providerId = null)
    {
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        Date = date;
        Type = type;
        Quantity = quantity;
        ProviderId = providerId;
    }

    public long Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public Guid CitizenId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Type { get; private set; } = "";
    public decimal Quantity { get; private set; }
    /// <summary>The provider involved (shelter nights, placement days); null = none.</summary>
    public Guid? ProviderId { get; private set; }
}

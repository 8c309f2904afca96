using Mestring.Domain.Common;

namespace Mestring.Domain.Registers;

/// <summary>A dated event in a citizen's life (events.csv): admissions, shelter nights, notifications, …</summary>
public sealed class CitizenEvent : ITenantOwned, ICitizenData
{
    private CitizenEvent() { }

    public CitizenEvent(Guid municipalityId, Guid citizenId, DateOnly date, string type, decimal quantity)
    {
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        Date = date;
        Type = type;
        Quantity = quantity;
    }

    public long Id { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public Guid CitizenId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Type { get; private set; } = "";
    public decimal Quantity { get; private set; }
}

namespace Mestring.Domain.Common;

/// <summary>Every row belongs to one municipality (the tenant); queries are filtered by it.</summary>
public interface ITenantOwned
{
    Guid MunicipalityId { get; }
}

/// <summary>Rows that hold personal data about one citizen: their writes are audited automatically.</summary>
public interface ICitizenData
{
    Guid CitizenId { get; }
}

/// <summary>Base for tenant-owned entities with a Guid key.</summary>
public abstract class TenantEntity : ITenantOwned
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    public Guid MunicipalityId { get; protected init; }
}

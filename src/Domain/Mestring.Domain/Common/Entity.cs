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

/// <summary>
/// Base for rows about one citizen: municipality and citizen are fixed on creation. Register rows (loaded in bulk,
/// keyed by a database sequence or by citizen and year) derive from it directly, records with a Guid key through
/// <see cref="CitizenEntity"/>.
/// </summary>
public abstract class CitizenRecord : ITenantOwned, ICitizenData
{
    protected CitizenRecord() { }

    protected CitizenRecord(Guid municipalityId, Guid citizenId)
    {
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
    }

    public Guid MunicipalityId { get; protected init; }

    public Guid CitizenId { get; protected init; }
}

/// <summary>Base for a citizen's records with a Guid key (as <see cref="TenantEntity"/>).</summary>
public abstract class CitizenEntity : CitizenRecord
{
    protected CitizenEntity() { }

    protected CitizenEntity(Guid municipalityId, Guid citizenId) : base(municipalityId, citizenId) { }

    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}

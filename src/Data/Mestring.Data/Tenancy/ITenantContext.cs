namespace Mestring.Data.Tenancy;

/// <summary>
/// The municipality a unit of work runs for. The web app takes it from the signed-in user; the CLI runs as
/// the system (all municipalities) because it loads and exports whole databases.
/// </summary>
public interface ITenantContext
{
    Guid? MunicipalityId { get; }

    bool IsSystem { get; }
}

public sealed class SystemTenantContext : ITenantContext
{
    public Guid? MunicipalityId => null;

    public bool IsSystem => true;
}

/// <summary>A fixed municipality, for background work on behalf of one tenant.</summary>
public sealed class FixedTenantContext(Guid municipalityId) : ITenantContext
{
    public Guid? MunicipalityId => municipalityId;

    public bool IsSystem => false;
}

using Mestring.Domain.Common;

namespace Mestring.Domain.Organisation;

/// <summary>A team of caseworkers (e.g. "Voksenhandicap Nord"). Caseworkers see their team's citizens.</summary>
public sealed class Team : TenantEntity
{
    private Team() { }

    public Team(Guid municipalityId, string name)
    {
        MunicipalityId = municipalityId;
        Name = Guard.NotBlank(name, "name", 200);
    }

    public string Name { get; private set; } = "";
}

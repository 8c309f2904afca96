using Mestring.Domain.Common;

namespace Mestring.Domain.Providers;

/// <summary>An afdeling of a tilbud (Tilbudsportalen's afdelingsid), with its own P-number and places.</summary>
public sealed class ProviderUnit : TenantEntity
{
    private ProviderUnit() { }

    public ProviderUnit(Guid municipalityId, Guid providerId, string unitId, string name, string? pNumber, int? places)
    {
        MunicipalityId = municipalityId;
        ProviderId = providerId;
        UnitId = Guard.NotBlank(unitId, "unitId", 64);
        Name = Guard.NotBlank(name, "name", 200);
        if (pNumber is not null && (pNumber.Length != 10 || !pNumber.All(char.IsAsciiDigit)))
        {
            throw ValidationException.For("pNumber", "must be 10 digits");
        }
        if (places is < 0)
        {
            throw ValidationException.For("places", "must not be negative");
        }
        PNumber = pNumber;
        Places = places;
    }

    public Guid ProviderId { get; private set; }
    /// <summary>The afdelingsid.</summary>
    public string UnitId { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>The production unit's P-number (10 digits); null = unknown.</summary>
    public string? PNumber { get; private set; }
    public int? Places { get; private set; }
}

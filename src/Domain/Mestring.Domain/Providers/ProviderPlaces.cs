using Mestring.Domain.Common;

namespace Mestring.Domain.Providers;

/// <summary>The places a tilbud (or one of its afdelinger) is approved for under one legal basis, e.g. 12 under SEL-108.</summary>
public sealed class ProviderPlaces : TenantEntity
{
    private ProviderPlaces() { }

    public ProviderPlaces(Guid municipalityId, Guid providerId, string legalBasis, int places)
    {
        MunicipalityId = municipalityId;
        ProviderId = providerId;
        LegalBasis = Guard.NotBlank(legalBasis, "legalBasis", 16);
        SetPlaces(places);
    }

    public Guid ProviderId { get; private set; }
    /// <summary>The legal basis code as in services.csv (e.g. <c>SEL-107</c>).</summary>
    public string LegalBasis { get; private set; } = "";
    public int Places { get; private set; }

    public void SetPlaces(int places)
    {
        if (places is < 0 or > 100_000)
        {
            throw ValidationException.For("places", "must be from 0 to 100,000");
        }
        Places = places;
    }
}

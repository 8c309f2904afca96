using Mestring.Domain.Common;

namespace Mestring.Domain.Providers;

public enum Ownership
{
    Public,
    Private,
    SelfGoverning,
}

/// <summary>A tilbud registered on Tilbudsportalen, with capacity and specialisation level.</summary>
public sealed class Provider : TenantEntity
{
    private Provider() { }

    public Provider(Guid municipalityId, string externalId, string name, Ownership ownership, string offerType, int capacity, int specialisationLevel)
    {
        MunicipalityId = municipalityId;
        ExternalId = Guard.NotBlank(externalId, "providerId", 64);
        Update(name, null, ownership, offerType, capacity, specialisationLevel);
    }

    /// <summary>The provider's id in the register extract (provider_id).</summary>
    public string ExternalId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Cvr { get; private set; }
    public Ownership Ownership { get; private set; }
    /// <summary>Tilbud type (e.g. botilbud, dagtilbud, mobilt) as in the register extract.</summary>
    public string OfferType { get; private set; } = "";
    public int Capacity { get; private set; }
    /// <summary>1 (general) to 3 (highly specialised).</summary>
    public int SpecialisationLevel { get; private set; }

    // Register-extract facts (providers.csv, docs/register-extract.md). The operational properties above are never
    // null; an empty capacity or specialisation_level in an extract is kept as "unknown" by these flags.

    /// <summary>True when the extract left capacity empty (unknown or not place-based); <see cref="Capacity"/> is then 0.</summary>
    public bool CapacityUnknown { get; private set; }
    /// <summary>True when the extract left specialisation_level empty; <see cref="SpecialisationLevel"/> is then 1.</summary>
    public bool SpecialisationLevelUnknown { get; private set; }
    /// <summary>Pseudonymous id of the owner (owner_id), for shared-owner checks.</summary>
    public string? OwnerId { get; private set; }
    /// <summary>Pseudonymous id of the leader (leader_id).</summary>
    public string? LeaderId { get; private set; }
    // The seven socialtilsyn scores of providers.csv (tilsyn_*) are kept as the undated assessment in
    // supervision_scores (SupervisionScore.DateUnknown), with the dated history (migration Issue13Registry).
    /// <summary>True when an owner, board member or leader is in quarantine; null = unknown.</summary>
    public bool? Quarantined { get; private set; }

    public void Update(string name, string? cvr, Ownership ownership, string offerType, int capacity, int specialisationLevel)
    {
        if (capacity < 0)
        {
            throw ValidationException.For("capacity", "must not be negative");
        }
        if (specialisationLevel is < 1 or > 3)
        {
            throw ValidationException.For("specialisationLevel", "must be 1, 2 or 3");
        }
        if (cvr is not null && (cvr.Length != 8 || !cvr.All(char.IsAsciiDigit)))
        {
            throw ValidationException.For("cvr", "must be 8 digits");
        }
        Name = Guard.NotBlank(name, "name", 200);
        Cvr = cvr;
        Ownership = ownership;
        OfferType = Guard.NotBlank(offerType, "offerType", 100);
        Capacity = capacity;
        SpecialisationLevel = specialisationLevel;
    }
}

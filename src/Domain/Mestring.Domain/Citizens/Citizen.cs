using Mestring.Domain.Common;

namespace Mestring.Domain.Citizens;

/// <summary>
/// A citizen (borger). The pseudonymous <see cref="PersonId"/> links to register data and is the only id in
/// analyses; CPR and name live only in the operational database.
/// </summary>
public sealed class Citizen : TenantEntity, ICitizenData
{
    private Citizen() { }

    public Citizen(Guid municipalityId, string personId, DateOnly birthDate, char sex)
    {
        MunicipalityId = municipalityId;
        PersonId = Guard.NotBlank(personId, "personId", 64);
        BirthDate = birthDate;
        Sex = sex is 'F' or 'M' ? sex : throw ValidationException.For("sex", "must be F or M");
    }

    Guid ICitizenData.CitizenId => Id;

    public string PersonId { get; private set; } = "";
    public string? Cpr { get; private set; }
    public string? Name { get; private set; }
    public DateOnly BirthDate { get; private set; }
    public char Sex { get; private set; }
    public DateOnly? DeathDate { get; private set; }
    public Guid? MotherId { get; private set; }
    public Guid? FatherId { get; private set; }
    /// <summary>Where the citizen lives: school district or housing area, for aggregate views.</summary>
    public string? Area { get; private set; }

    /// <summary>The responsible caseworker (user id), if assigned.</summary>
    public string? CaseworkerId { get; private set; }
    /// <summary>The responsible team, if assigned.</summary>
    public Guid? TeamId { get; private set; }

    public static Citizen Register(Guid municipalityId, string personId, string cpr, string name)
    {
        var parsed = Citizens.Cpr.Parse(cpr);
        var citizen = new Citizen(municipalityId, personId, parsed.BirthDate, parsed.Sex);
        citizen.Cpr = parsed.Digits;
        citizen.Name = Guard.NotBlank(name, "name", 200);
        return citizen;
    }

    public void Identify(string cpr, string name)
    {
        var parsed = Citizens.Cpr.Parse(cpr);
        if (parsed.BirthDate != BirthDate)
        {
            throw ValidationException.For("cpr", "CPR does not match the citizen's birth date");
        }
        Cpr = parsed.Digits;
        Name = Guard.NotBlank(name, "name", 200);
    }

    public void SetParents(Guid? motherId, Guid? fatherId)
    {
        if (motherId == Id || fatherId == Id)
        {
            throw new DomainException("family.self-parent", "A citizen cannot be their own parent.", "parents");
        }
        MotherId = motherId;
        FatherId = fatherId;
    }

    public void SetArea(string? area) => Area = string.IsNullOrWhiteSpace(area) ? null : area.Trim();

    public void RecordDeath(DateOnly date)
    {
        if (date < BirthDate)
        {
            throw ValidationException.For("deathDate", "is before the birth date");
        }
        DeathDate = date;
    }

    public void AssignTo(string? caseworkerId, Guid? teamId)
    {
        CaseworkerId = caseworkerId;
        TeamId = teamId;
    }

    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return date < BirthDate.AddYears(age) ? age - 1 : age;
    }

    /// <summary>A display label that never reveals CPR: the name, or the pseudonymous id for register-only citizens.</summary>
    public string DisplayName => Name ?? PersonId;
}

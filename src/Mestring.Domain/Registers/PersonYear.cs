using Mestring.Domain.Common;

namespace Mestring.Domain.Registers;

/// <summary>A citizen's year in the registers: income, education and main benefit (person_years.csv).</summary>
public sealed class PersonYear : ITenantOwned, ICitizenData
{
    private PersonYear() { }

    public PersonYear(Guid municipalityId, Guid citizenId, int year, decimal incomeDkk, int? educationIsced, string benefit)
    {
        MunicipalityId = municipalityId;
        CitizenId = citizenId;
        Year = year;
        IncomeDkk = incomeDkk;
        EducationIsced = educationIsced;
        Benefit = benefit;
    }

    public Guid MunicipalityId { get; private set; }
    public Guid CitizenId { get; private set; }
    public int Year { get; private set; }
    public decimal IncomeDkk { get; private set; }
    public int? EducationIsced { get; private set; }
    public string Benefit { get; private set; } = "none";
}

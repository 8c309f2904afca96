using Mestring.Domain.Common;

namespace Mestring.Domain.Registers;

/// <summary>A citizen's year in the registers: income, education and main benefit (person_years.csv).</summary>
public sealed class PersonYear : CitizenRecord
{
    private PersonYear() { }

    public PersonYear(Guid municipalityId, Guid citizenId, int year, decimal? incomeDkk, int? educationIsced, string? benefit)
        : base(municipalityId, citizenId)
    {
        Year = year;
        IncomeDkk = incomeDkk;
        EducationIsced = educationIsced;
        Benefit = benefit;
    }

    public int Year { get; private set; }
    /// <summary>Personal income; may be negative (self-employed losses); null = unknown.</summary>
    public decimal? IncomeDkk { get; private set; }
    public int? EducationIsced { get; private set; }
    /// <summary>The main benefit code of the year (register-extract code, e.g. <c>kontanthjaelp</c>); null = unknown.</summary>
    public string? Benefit { get; private set; }
}

namespace Mestring.Prevention.Population;

/// <summary>
/// The person's main benefit in a year, as in the <c>benefit</c> column of <c>person_years.csv</c>.
/// Stored as a byte so that a person-year column of 4 M persons × years stays small. The value is also the row of
/// <see cref="BenefitCodes"/>' table.
/// </summary>
public enum Benefit : byte
{
    /// <summary><c>none</c> (also used when the person-year is missing).</summary>
    None = 0,
    /// <summary><c>kontanthjaelp</c>.</summary>
    Kontanthjaelp = 1,
    /// <summary><c>uddannelseshjaelp</c> — kontanthjælp for under-30s without a qualifying education (since 2014).</summary>
    Uddannelseshjaelp = 2,
    /// <summary><c>foertidspension</c>.</summary>
    Foertidspension = 3,
    /// <summary><c>dagpenge</c>.</summary>
    Dagpenge = 4,
    /// <summary><c>sygedagpenge</c>.</summary>
    Sygedagpenge = 5,
    /// <summary><c>fleksjob</c>.</summary>
    Fleksjob = 6,
    /// <summary><c>ressourceforloeb</c>.</summary>
    Ressourceforloeb = 7,
    /// <summary><c>folkepension</c>.</summary>
    Folkepension = 8,
}

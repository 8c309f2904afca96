namespace Mestring.Prevention.Population;

/// <summary>
/// The person's main benefit in a year, as in the <c>benefit</c> column of <c>person_years.csv</c>.
/// Stored as a byte so that a person-year column of 4 M persons × years stays small.
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

/// <summary>Register codes for <see cref="Benefit"/> (the exact strings of the extract format).</summary>
public static class BenefitCodes
{
    private static readonly string[] Codes =
    [
        "none", "kontanthjaelp", "uddannelseshjaelp", "foertidspension", "dagpenge",
        "sygedagpenge", "fleksjob", "ressourceforloeb", "folkepension",
    ];

    /// <summary>The register code, e.g. <c>foertidspension</c>.</summary>
    public static string ToCode(Benefit benefit) => Codes[(int)benefit];

    /// <summary>Parses a register code (ordinal, exact); an empty field means <see cref="Benefit.None"/>.</summary>
    /// <returns><c>false</c> when the code is not one of the extract format's codes.</returns>
    public static bool TryParse(string? code, out Benefit benefit)
    {
        benefit = Benefit.None;
        if (string.IsNullOrEmpty(code))
        {
            return true;
        }

        for (var i = 0; i < Codes.Length; i++)
        {
            if (string.Equals(Codes[i], code, StringComparison.Ordinal))
            {
                benefit = (Benefit)i;
                return true;
            }
        }

        return false;
    }

    /// <summary>Danish display name, e.g. "førtidspension".</summary>
    public static string DanishName(Benefit benefit) => benefit switch
    {
        Benefit.None => "ingen",
        Benefit.Kontanthjaelp => "kontanthjælp",
        Benefit.Uddannelseshjaelp => "uddannelseshjælp",
        Benefit.Foertidspension => "førtidspension",
        Benefit.Dagpenge => "dagpenge",
        Benefit.Sygedagpenge => "sygedagpenge",
        Benefit.Fleksjob => "fleksjob",
        Benefit.Ressourceforloeb => "ressourceforløb",
        Benefit.Folkepension => "folkepension",
        _ => throw new ArgumentOutOfRangeException(nameof(benefit), benefit, "Unknown benefit."),
    };
}

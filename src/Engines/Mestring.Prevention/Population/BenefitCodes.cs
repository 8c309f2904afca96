namespace Mestring.Prevention.Population;

/// <summary>Register codes for <see cref="Benefit"/> (the exact strings of the extract format).</summary>
public static class BenefitCodes
{
    /// <summary>The register code and the Danish display name of each benefit, indexed by its value.</summary>
    private static readonly (string Code, string Danish)[] Names =
    [
        ("none", "ingen"), ("kontanthjaelp", "kontanthjælp"), ("uddannelseshjaelp", "uddannelseshjælp"),
        ("foertidspension", "førtidspension"), ("dagpenge", "dagpenge"), ("sygedagpenge", "sygedagpenge"),
        ("fleksjob", "fleksjob"), ("ressourceforloeb", "ressourceforløb"), ("folkepension", "folkepension"),
    ];

    /// <summary>The register code, e.g. <c>foertidspension</c>.</summary>
    public static string ToCode(Benefit benefit) => Names[(int)benefit].Code;

    /// <summary>Parses a register code (ordinal, exact); an empty field means <see cref="Benefit.None"/>.</summary>
    /// <returns><c>false</c> when the code is not one of the extract format's codes.</returns>
    public static bool TryParse(string? code, out Benefit benefit)
    {
        benefit = Benefit.None;
        if (string.IsNullOrEmpty(code))
        {
            return true;
        }

        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i].Code, code, StringComparison.Ordinal))
            {
                benefit = (Benefit)i;
                return true;
            }
        }

        return false;
    }

    /// <summary>Danish display name, e.g. "førtidspension".</summary>
    public static string DanishName(Benefit benefit) => (uint)benefit < (uint)Names.Length
        ? Names[(int)benefit].Danish
        : throw new ArgumentOutOfRangeException(nameof(benefit), benefit, "Unknown benefit.");
}

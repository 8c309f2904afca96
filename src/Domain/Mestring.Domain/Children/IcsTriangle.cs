namespace Mestring.Domain.Children;

/// <summary>One side of the ICS triangle and its sub-themes (codes stable, labels Danish).</summary>
public sealed record IcsArea(string Code, string Label, IReadOnlyList<IcsTheme> Themes);

public sealed record IcsTheme(string Code, string Label);

/// <summary>
/// The ICS triangle (Integrated Children's System, used in DUBU) that structures §19 afdækning and §20 børnefaglig
/// undersøgelse: barnets udvikling, forældrekompetencer, familie og netværk, each with its sub-themes.
/// </summary>
public static class IcsTriangle
{
    public static IReadOnlyList<IcsArea> Areas { get; } =
    [
        new("child-development", "Barnets udvikling",
        [
            new("health", "Sundhedsforhold"),
            new("daycare-school-learning", "Dagtilbud, skoleforhold og læring"),
            new("development-behaviour", "Udvikling og adfærd"),
            new("leisure-friendships", "Fritidsforhold og venskaber"),
        ]),
        new("parenting-capacity", "Forældrekompetencer",
        [
            new("safe-care", "Trygt omsorgsmiljø"),
            new("stimulation-guidance", "Stimulering og vejledning"),
            new("supporting-relationships", "Understøttelse af relationer"),
        ]),
        new("family-network", "Familie og netværk",
        [
            new("family-background", "Familieforhold og baggrund"),
            new("housing-work-economy", "Bolig, beskæftigelse og økonomi"),
            new("social-network", "Socialt netværk"),
        ]),
    ];

    /// <summary>The area a sub-theme belongs to, or null when the code is unknown.</summary>
    public static IcsArea? AreaOf(string themeCode) => Areas.FirstOrDefault(a => a.Themes.Any(t => t.Code == themeCode));
}

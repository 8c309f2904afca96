using Mestring.Terminology;

namespace Mestring.Fhir;

/// <summary>The FFB codes the report needs, always looked up in the shipped CodeSystem by their published names.</summary>
public static class FfbTerms
{
    private static FfbBranches B => FfbBranches.Default;

    /// <summary>The støttebehovsniveau code for a level 0–4 (null = ikke vurderet).</summary>
    public static string SupportNeedCode(int? level) => B.Ffb.ChildNamed(B.SupportNeedLevels.Code, level switch
    {
        null => "Ikke vurderet",
        0 => "Intet støttebehov",
        1 => "Let støttebehov",
        2 => "Moderat støttebehov",
        3 => "Højt støttebehov",
        4 => "Fuldstændigt støttebehov",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A support need is 0–4."),
    }).Code;

    /// <summary>The tilbudstyper KLFFBReporting accepts (value set KLServiceCodesFFB), by their FFB names.</summary>
    private static readonly string[] ReportableOfferTypes =
    [
        "Aktivitets- og samværstilbud", "Beskyttet beskæftigelsestilbud", "Midlertidigt botilbud til voksne",
        "Almindeligt længerevarende botilbud til voksne", "Sikret længerevarende botilbud til voksne", "Mobilt tilbud",
        "Almen ældre- og handicapvenlig bolig", "Socialt akuttilbud",
    ];

    /// <summary>
    /// The FFB tilbudstype of an intervention's provider: the provider's offer type when it is a reportable FFB code or
    /// name; else the tilbud the legal basis decides (SEL §103 beskyttet beskæftigelse, §104 aktivitet og samvær, §107
    /// midlertidigt botilbud, §108 længerevarende botilbud); else the offer type's short word ("mobilt", "akut"). Null
    /// when FFB has no reportable tilbud for it (a herberg under §110, a §85 support without a mobile offer).
    /// </summary>
    public static string? OfferTypeCode(string? offerType, string? legalBasis)
    {
        var text = offerType?.Trim() ?? "";
        var byCodeOrName = B.Ffb.DescendantsOf(B.OfferTypes.Code)
            .FirstOrDefault(c => ReportableOfferTypes.Contains(c.Display, StringComparer.Ordinal)
                && (c.Code == text || string.Equals(c.Display, text, StringComparison.OrdinalIgnoreCase)));
        if (byCodeOrName is not null)
        {
            return byCodeOrName.Code;
        }
        var name = legalBasis switch
        {
            "SEL-103" => "Beskyttet beskæftigelsestilbud",
            "SEL-104" => "Aktivitets- og samværstilbud",
            "SEL-107" => "Midlertidigt botilbud til voksne",
            "SEL-108" => "Almindeligt længerevarende botilbud til voksne",
            _ => text.ToLowerInvariant() switch
            {
                "mobilt" or "mobil" or "bostøtte" => "Mobilt tilbud",
                "akut" or "akuttilbud" => "Socialt akuttilbud",
                _ => null,
            },
        };
        return name is null ? null : B.Ffb.DescendantsOf(B.OfferTypes.Code).First(c => c.Display == name).Code;
    }

    /// <summary>True for a code under Aktivitet og deltagelse (the only conditions that carry a funktionsevneniveau).</summary>
    public static bool IsActivityAndParticipation(string code) => B.IsActivityAndParticipation(code);
}

namespace Mestring.Domain.Children;

/// <summary>The legal basis of a decision on a child's measure (Barnets Lov).</summary>
public enum ChildDecisionSection
{
    /// <summary>§32 støttende indsatser, with the family's consent.</summary>
    Section32,

    /// <summary>§46 placement outside the home with consent; requires a §20 investigation.</summary>
    Section46,

    /// <summary>§47 placement without consent, decided by børne- og ungeudvalget (outside the system, recorded here).</summary>
    Section47,
}

/// <summary>The eight kinds of støttende indsats in §32.</summary>
public enum SupportType
{
    /// <summary>Dagtilbud, fritidshjem, ungdomsklub, uddannelsessted or lignende.</summary>
    DayCare,

    /// <summary>Praktisk, pædagogisk eller anden støtte i hjemmet.</summary>
    HomeSupport,

    /// <summary>Fast kontaktperson for barnet/den unge eller familien.</summary>
    ContactPerson,

    /// <summary>Praktikophold hos en offentlig eller privat arbejdsgiver.</summary>
    Internship,

    /// <summary>Familiebehandling eller behandling af barnets eller den unges problemer.</summary>
    FamilyTreatment,

    /// <summary>Døgnophold for forældre, barnet og andre familiemedlemmer.</summary>
    FamilyResidential,

    /// <summary>Støtteophold (aflastning) for barnet eller den unge.</summary>
    Respite,

    /// <summary>Anden hjælp, der har til formål at yde rådgivning, behandling og praktisk og pædagogisk støtte.</summary>
    Other,
}

/// <summary>Contract names of the sections and support types (API, register extract).</summary>
public static class ChildDecisionNames
{
    public static string Name(this ChildDecisionSection section) => section switch
    {
        ChildDecisionSection.Section32 => "BL-32",
        ChildDecisionSection.Section46 => "BL-46",
        ChildDecisionSection.Section47 => "BL-47",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    public static ChildDecisionSection? ParseSection(string? name) =>
        Enum.GetValues<ChildDecisionSection>().Cast<ChildDecisionSection?>().FirstOrDefault(s => string.Equals(s!.Value.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Name(this SupportType type) => type switch
    {
        SupportType.DayCare => "day-care",
        SupportType.HomeSupport => "home-support",
        SupportType.ContactPerson => "contact-person",
        SupportType.Internship => "internship",
        SupportType.FamilyTreatment => "family-treatment",
        SupportType.FamilyResidential => "family-residential",
        SupportType.Respite => "respite",
        SupportType.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static SupportType? ParseSupportType(string? name) =>
        Enum.GetValues<SupportType>().Cast<SupportType?>().FirstOrDefault(s => s!.Value.Name() == name?.Trim());
}

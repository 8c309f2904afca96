namespace Mestring.Domain.Oversight;

/// <summary>
/// A theme of socialtilsynets kvalitetsmodel, valid for assessments dated from <see cref="ValidFrom"/> to
/// <see cref="ValidTo"/> (inclusive; null = still valid). National reference data, not a tenant's: L 200 (2024–25)
/// repeals two of the seven themes, so a score belongs to the theme set of its date.
/// </summary>
public sealed class SupervisionTheme
{
    private SupervisionTheme() { }

    public SupervisionTheme(string code, string nameDa, string nameEn, int order, DateOnly validFrom, DateOnly? validTo)
    {
        Code = code;
        NameDa = nameDa;
        NameEn = nameEn;
        Order = order;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>The code used in supervision_assessments.csv, e.g. <c>health_wellbeing</c>.</summary>
    public string Code { get; private set; } = "";
    public string NameDa { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    /// <summary>The order of the themes on Tilbudsportalen.</summary>
    public int Order { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    public bool ValidOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);

    /// <summary>The themes as shipped: the seven of the quality model (2014), the first two repealed by L 200 from 1 July 2025.</summary>
    public static IReadOnlyList<SupervisionTheme> Shipped { get; } =
    [
        new("education_employment", "Uddannelse og beskæftigelse", "Education and employment", 1, new DateOnly(2014, 1, 1), new DateOnly(2025, 6, 30)),
        new("independence_relations", "Selvstændighed og relationer", "Independence and relationships", 2, new DateOnly(2014, 1, 1), new DateOnly(2025, 6, 30)),
        new("target_group_methods_results", "Målgruppe, metoder og resultater", "Target group, methods and results", 3, new DateOnly(2014, 1, 1), null),
        new("health_wellbeing", "Sundhed og trivsel", "Health and well-being", 4, new DateOnly(2014, 1, 1), null),
        new("organisation_management", "Organisation og ledelse", "Organisation and management", 5, new DateOnly(2014, 1, 1), null),
        new("competences", "Kompetencer", "Competences", 6, new DateOnly(2014, 1, 1), null),
        new("physical_setting", "Fysiske rammer", "Physical setting", 7, new DateOnly(2014, 1, 1), null),
    ];
}

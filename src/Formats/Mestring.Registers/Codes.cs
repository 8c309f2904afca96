namespace Mestring.Registers;

/// <summary>The text codes of the format's enumerations (what is written in the CSV files).</summary>
public static class Codes
{
    /// <summary>The code of a sex.</summary>
    public static string Of(Sex sex) => sex switch { Sex.F => "F", Sex.M => "M" };

    /// <summary>The code of a benefit.</summary>
    public static string Of(Benefit benefit) => benefit switch
    {
        Benefit.None => "none",
        Benefit.Kontanthjaelp => "kontanthjaelp",
        Benefit.Uddannelseshjaelp => "uddannelseshjaelp",
        Benefit.Foertidspension => "foertidspension",
        Benefit.Dagpenge => "dagpenge",
        Benefit.Sygedagpenge => "sygedagpenge",
        Benefit.Fleksjob => "fleksjob",
        Benefit.Ressourceforloeb => "ressourceforloeb",
        Benefit.Folkepension => "folkepension",
    };

    /// <summary>The code of an ownership form.</summary>
    public static string Of(Ownership ownership) => ownership switch
    {
        Ownership.Public => "public",
        Ownership.Private => "private",
        Ownership.Selvejende => "selvejende",
    };

    /// <summary>The code of a price unit.</summary>
    public static string Of(ServiceUnit unit) => unit switch
    {
        ServiceUnit.Day => "day",
        ServiceUnit.Hour => "hour",
        ServiceUnit.Week => "week",
        ServiceUnit.Month => "month",
    };

    /// <summary>The extra column holding a supervision theme's score in providers.csv.</summary>
    public static string ColumnOf(SupervisionTheme theme) => theme switch
    {
        SupervisionTheme.EducationAndEmployment => "tilsyn_education_employment",
        SupervisionTheme.IndependenceAndRelations => "tilsyn_independence_relations",
        SupervisionTheme.TargetGroupMethodsAndResults => "tilsyn_target_group_methods_results",
        SupervisionTheme.HealthAndWellbeing => "tilsyn_health_wellbeing",
        SupervisionTheme.OrganisationAndManagement => "tilsyn_organisation_management",
        SupervisionTheme.Competences => "tilsyn_competences",
        SupervisionTheme.PhysicalSetting => "tilsyn_physical_setting",
    };

    internal static readonly Sex[] AllSexes = Enum.GetValues<Sex>();
    internal static readonly Benefit[] AllBenefits = Enum.GetValues<Benefit>();
    internal static readonly Ownership[] AllOwnerships = Enum.GetValues<Ownership>();
    internal static readonly ServiceUnit[] AllUnits = Enum.GetValues<ServiceUnit>();
    internal static readonly SupervisionTheme[] AllThemes = Enum.GetValues<SupervisionTheme>();
}

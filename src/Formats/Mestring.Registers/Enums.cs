namespace Mestring.Registers;

/// <summary>Legal sex as in the CPR register, written <c>F</c> / <c>M</c>.</summary>
public enum Sex
{
    /// <summary>Female (<c>F</c>).</summary>
    F,
    /// <summary>Male (<c>M</c>).</summary>
    M,
}

/// <summary>The main public benefit of a person in a year (person_years.benefit).</summary>
public enum Benefit
{
    /// <summary><c>none</c>: self-supporting (work, study grant, own means) or a child.</summary>
    None,
    /// <summary><c>kontanthjaelp</c>.</summary>
    Kontanthjaelp,
    /// <summary><c>uddannelseshjaelp</c>: cash benefit for under-30s without a vocational education.</summary>
    Uddannelseshjaelp,
    /// <summary><c>foertidspension</c>.</summary>
    Foertidspension,
    /// <summary><c>dagpenge</c>: unemployment insurance.</summary>
    Dagpenge,
    /// <summary><c>sygedagpenge</c>.</summary>
    Sygedagpenge,
    /// <summary><c>fleksjob</c>.</summary>
    Fleksjob,
    /// <summary><c>ressourceforloeb</c>.</summary>
    Ressourceforloeb,
    /// <summary><c>folkepension</c>.</summary>
    Folkepension,
}

/// <summary>Who owns a provider (tilbud).</summary>
public enum Ownership
{
    /// <summary><c>public</c>: municipal or regional.</summary>
    Public,
    /// <summary><c>private</c>: a company.</summary>
    Private,
    /// <summary><c>selvejende</c>: a self-governing institution, usually with an operating agreement.</summary>
    Selvejende,
}

/// <summary>The unit a service's price (unit_price_dkk) is quoted in.</summary>
public enum ServiceUnit
{
    /// <summary><c>day</c>.</summary>
    Day,
    /// <summary><c>hour</c>.</summary>
    Hour,
    /// <summary><c>week</c>.</summary>
    Week,
    /// <summary><c>month</c>.</summary>
    Month,
}

/// <summary>The seven themes of Socialtilsynets kvalitetsmodel, each scored 1–5.</summary>
public enum SupervisionTheme
{
    /// <summary>Uddannelse og beskæftigelse.</summary>
    EducationAndEmployment,
    /// <summary>Selvstændighed og relationer.</summary>
    IndependenceAndRelations,
    /// <summary>Målgruppe, metoder og resultater.</summary>
    TargetGroupMethodsAndResults,
    /// <summary>Sundhed og trivsel.</summary>
    HealthAndWellbeing,
    /// <summary>Organisation og ledelse.</summary>
    OrganisationAndManagement,
    /// <summary>Kompetencer.</summary>
    Competences,
    /// <summary>Fysiske rammer.</summary>
    PhysicalSetting,
}

/// <summary>The event types named by the format (events.csv allows more: any lower-case snake_case token).</summary>
public static class EventTypes
{
    /// <summary><c>acute_admission</c>: an acute somatic hospital admission.</summary>
    public const string AcuteAdmission = "acute_admission";
    /// <summary><c>ed_visit</c>: an emergency-department visit.</summary>
    public const string EdVisit = "ed_visit";
    /// <summary><c>psychiatric_contact</c>.</summary>
    public const string PsychiatricContact = "psychiatric_contact";
    /// <summary><c>shelter_night</c>: nights at a herberg (§110); quantity = nights.</summary>
    public const string ShelterNight = "shelter_night";
    /// <summary><c>notification</c>: an underretning about a child.</summary>
    public const string Notification = "notification";
    /// <summary><c>placement_day</c>: days placed outside the home; quantity = days.</summary>
    public const string PlacementDay = "placement_day";
    /// <summary><c>conviction</c>.</summary>
    public const string Conviction = "conviction";
    /// <summary><c>school_absence_day</c>: quantity = days absent.</summary>
    public const string SchoolAbsenceDay = "school_absence_day";

    /// <summary>The types the specification names, in its order.</summary>
    public static IReadOnlyList<string> Named { get; } =
        [AcuteAdmission, EdVisit, PsychiatricContact, ShelterNight, Notification, PlacementDay, Conviction, SchoolAbsenceDay];
}

namespace Mestring.Domain.Plans;

/// <summary>The sectors of one coherent plan. One goal can be served by interventions from several sectors.</summary>
public enum Sector
{
    /// <summary>Serviceloven (adults).</summary>
    Social,
    /// <summary>Barnets Lov.</summary>
    Children,
    Employment,
    /// <summary>Region and general practitioner.</summary>
    Health,
    Education,
    Housing,
    /// <summary>Family, volunteers, user organisations.</summary>
    NetworkAndCivilSociety,
}

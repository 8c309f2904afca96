using Mestring.Domain.Common;

namespace Mestring.Domain.Providers;

/// <summary>
/// A quarantine (socialtilsynsloven §14 a, from 1 January 2022): after a tilbud's approval ended, the socialtilsyn barred
/// a person who caused or contributed to it from leading or sitting on the board of an approved tilbud, for up to five
/// years.
/// </summary>
public sealed class Quarantine : TenantEntity
{
    /// <summary>The legal basis of every quarantine in the register.</summary>
    public const string LegalBasisCode = "STL-14a";

    private Quarantine() { }

    public Quarantine(Guid municipalityId, string personId, LinkRole role, DateOnly from, DateOnly to, string decidedBy)
    {
        MunicipalityId = municipalityId;
        PersonId = Guard.NotBlank(personId, "personId", 64);
        Role = Guard.Defined(role, "role");
        if (role == LinkRole.Owner)
        {
            throw ValidationException.For("role", "a quarantine bars a leader or a board member");
        }
        if (from < new DateOnly(2022, 1, 1))
        {
            throw ValidationException.For("from", "§14 a applies from 1 January 2022");
        }
        if (to <= from || to > from.AddYears(5))
        {
            throw ValidationException.For("to", "must be after the start and at most five years later");
        }
        From = from;
        To = to;
        DecidedBy = Guard.NotBlank(decidedBy, "decidedBy", 100);
        LegalBasis = LegalBasisCode;
    }

    /// <summary>The person's pseudonymous id.</summary>
    public string PersonId { get; private set; } = "";
    /// <summary>The role the person is barred from (leader or board member).</summary>
    public LinkRole Role { get; private set; }
    public DateOnly From { get; private set; }
    /// <summary>Last day of the quarantine (inclusive).</summary>
    public DateOnly To { get; private set; }
    /// <summary>The deciding socialtilsyn (e.g. Socialtilsyn Hovedstaden).</summary>
    public string DecidedBy { get; private set; } = "";
    public string LegalBasis { get; private set; } = "";

    public bool ActiveOn(DateOnly day) => day >= From && day <= To;
}

using Mestring.Domain.Assessments;
using Mestring.Domain.Citizens;
using Mestring.Domain.FollowUps;
using Mestring.Domain.Interventions;
using Mestring.Domain.Plans;
using Mestring.Domain.Providers;

namespace Mestring.Fhir;

/// <summary>Everything the FFB delivery report of one citizen is made from (loaded by the application, no database here).</summary>
/// <param name="Citizen">The citizen; only the CPR number leaves the system.</param>
/// <param name="Assessments">The citizen's assessments (udredninger).</param>
/// <param name="Plans">The citizen's plans with their goals.</param>
/// <param name="Interventions">The citizen's interventions (ordered, active, ended, declined, cancelled).</param>
/// <param name="Providers">The providers the interventions are ordered from, by id.</param>
/// <param name="FollowUps">The citizen's follow-ups, open and completed.</param>
public sealed record FfbCitizenRecord(
    Citizen Citizen,
    IReadOnlyList<Assessment> Assessments,
    IReadOnlyList<Plan> Plans,
    IReadOnlyList<Intervention> Interventions,
    IReadOnlyDictionary<Guid, Provider> Providers,
    IReadOnlyList<FollowUp> FollowUps);

/// <summary>One delivery: the day it covers (never more than one), when it is made, and who reports.</summary>
/// <param name="Day">The day the report is the picture of (end of that day, Danish time is not used: days are UTC days).</param>
/// <param name="Timestamp">Bundle.timestamp: when the report is made.</param>
/// <param name="StsOrganisationId">The municipality's KOMBIT STS organisation id (Patient.managingOrganization).</param>
public sealed record FfbDelivery(DateOnly Day, DateTimeOffset Timestamp, string StsOrganisationId)
{
    /// <summary>The last instant of <see cref="Day"/> (UTC): nothing later is part of this delivery.</summary>
    public DateTimeOffset DayEnd => new(Day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
}

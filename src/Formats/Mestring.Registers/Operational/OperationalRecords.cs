namespace Mestring.Registers.Operational;

/// <summary>
/// The operational case records that go with a register extract for the citizens who have (or recently had) services:
/// identity (CPR, name), team, and one plan with sections, goals, orders and follow-ups. They refer to the extract by
/// its ids (person_id, service_id, assessment dates) and are never part of the exchange format: an export of the
/// register extract does not contain them. The synthetic municipality produces them; the database writer turns
/// them into the core plan model (docs/synthetic-municipality.md, "Operational records").
/// </summary>
/// <param name="Teams">Caseworker team names; <see cref="CitizenIdentity.Team"/> indexes this list.</param>
/// <param name="Citizens">One identity per citizen with a plan, in person_id order.</param>
/// <param name="Plans">One plan per citizen, in person_id order.</param>
/// <param name="Children">The children's casework under Barnets Lov, in person_id order (issue 15; empty when not generated).</param>
public sealed record OperationalRecords(IReadOnlyList<string> Teams, IReadOnlyList<CitizenIdentity> Citizens, IReadOnlyList<CasePlan> Plans,
    IReadOnlyList<ChildCase>? Children = null);

/// <summary>A citizen's identity in the operational database. <paramref name="Cpr"/> is 10 digits, consistent with birth date and sex.</summary>
public readonly record struct CitizenIdentity(string PersonId, string Cpr, string Name, int Team);

/// <summary>
/// A citizen's plan (the case). <paramref name="Created"/> is the start of the earliest service it covers;
/// <paramref name="NextFollowUp"/> the earliest open follow-up.
/// </summary>
public sealed record CasePlan(
    string PersonId,
    DateOnly Created,
    IReadOnlyList<CasePlanSection> Sections,
    IReadOnlyList<CaseGoal> Goals,
    IReadOnlyList<CaseOrder> Orders,
    IReadOnlyList<CaseFollowUp> FollowUps,
    DateOnly? NextFollowUp);

/// <summary>One sector's part of the plan. <paramref name="Sector"/> is the domain's sector name (Social, Children, …).</summary>
public sealed record CasePlanSection(string Sector, string Text, string? Responsible);

/// <summary>
/// A goal on an FFB Aktivitet-og-deltagelse condition. <paramref name="BaselineLevel"/> is the function level of the
/// assessment on <paramref name="BaselineDate"/> (assessments.csv); <paramref name="Kind"/> and <paramref name="Status"/> are the
/// domain's GoalKind and GoalStatus names. <paramref name="CitizenRating"/> is the citizen's own rating of the goal (1–10)
/// given on the baseline date, when there is one.
/// </summary>
public sealed record CaseGoal(
    string CitizenWords,
    string ProfessionalText,
    string Kind,
    string PrimaryConditionCode,
    IReadOnlyList<string> SecondaryConditionCodes,
    int BaselineLevel,
    DateOnly BaselineDate,
    int TargetLevel,
    DateOnly DueDate,
    string Status,
    int? CitizenRating = null);

/// <summary>An order: the register service (services.csv service_id) the plan covers, and the goals it serves (indexes into <see cref="CasePlan.Goals"/>).</summary>
public sealed record CaseOrder(string ServiceId, IReadOnlyList<int> Goals);

/// <summary>
/// A follow-up of an order. Completed ones carry the decision (the domain's FollowUpDecisionKind name) and the date of
/// the follow-up assessment (assessments.csv) they rest on; open ones have neither. <paramref name="CitizenRating"/> is the
/// citizen's own rating (1–10) of the order's goal given at the follow-up, when there is one.
/// </summary>
public sealed record CaseFollowUp(string ServiceId, DateOnly DueDate, string? Decision, DateOnly? AssessmentDate, string? Note, int? CitizenRating = null);

using Mestring.Domain.Interventions;
using Mestring.Domain.Organisation;
using Mestring.Domain.Plans;
using Mestring.Terminology;

namespace Mestring.Web.Pages.Ui;

/// <summary>
/// The Danish words for the codes the domain stores in English (roles, statuses, sectors …). Keys are the
/// Danish texts themselves, so the neutral resource is Danish and English comes from SharedResource.en.resx.
/// </summary>
public static class Labels
{
    public static string Role(this IStringLocalizer t, string? role) => t[role switch
    {
        Roles.Caseworker => "Sagsbehandler",
        Roles.Provider => "Leverandør",
        Roles.Citizen => "Borger",
        Roles.Network => "Netværk",
        Roles.Manager => "Leder",
        Roles.Supervision => "Tilsyn",
        Roles.Admin => "Administrator",
        Roles.Auditor => "Revisor",
        _ => "System",
    }];

    public static string Sector(this IStringLocalizer t, Sector sector) => t[sector switch
    {
        Domain.Plans.Sector.Social => "Det sociale område (Serviceloven)",
        Domain.Plans.Sector.Children => "Børn og unge (Barnets Lov)",
        Domain.Plans.Sector.Employment => "Beskæftigelse",
        Domain.Plans.Sector.Health => "Sundhed (region og egen læge)",
        Domain.Plans.Sector.Education => "Uddannelse",
        Domain.Plans.Sector.Housing => "Bolig",
        Domain.Plans.Sector.NetworkAndCivilSociety => "Netværk og civilsamfund",
    }];

    public static string GoalKind(this IStringLocalizer t, GoalKind kind) => t[kind switch
    {
        Terminology.GoalKind.Develop => "Udvikle funktionsevne",
        Terminology.GoalKind.Maintain => "Fastholde funktionsevne",
        Terminology.GoalKind.LimitLoss => "Begrænse tab af funktionsevne",
    }];

    public static string GoalStatus(this IStringLocalizer t, GoalStatus status) => t[status switch
    {
        Domain.Plans.GoalStatus.Active => "I gang",
        Domain.Plans.GoalStatus.Achieved => "Nået",
        Domain.Plans.GoalStatus.PartlyAchieved => "Delvist nået",
        Domain.Plans.GoalStatus.NotAchieved => "Ikke nået",
        Domain.Plans.GoalStatus.Cancelled => "Opgivet",
    }];

    /// <summary>Intervention status as the DTOs carry it (the enum's name).</summary>
    public static string InterventionStatus(this IStringLocalizer t, string status) => t[status switch
    {
        nameof(Domain.Interventions.InterventionStatus.Ordered) => "Afventer svar",
        nameof(Domain.Interventions.InterventionStatus.Declined) => "Afvist",
        nameof(Domain.Interventions.InterventionStatus.Active) => "Aktiv",
        nameof(Domain.Interventions.InterventionStatus.Ended) => "Afsluttet",
        nameof(Domain.Interventions.InterventionStatus.Cancelled) => "Trukket tilbage",
        _ => status,
    }];

    /// <summary>The CSS modifier and icon of a status badge.</summary>
    public static (string Css, string Icon) InterventionBadge(string status) => status switch
    {
        nameof(Domain.Interventions.InterventionStatus.Ordered) => ("wait", "⏳"),
        nameof(Domain.Interventions.InterventionStatus.Declined) => ("bad", "✕"),
        nameof(Domain.Interventions.InterventionStatus.Active) => ("ok", "✓"),
        _ => ("neutral", "■"),
    };

    public static (string Css, string Icon) GoalBadge(GoalStatus status) => status switch
    {
        Domain.Plans.GoalStatus.Active => ("info", "➜"),
        Domain.Plans.GoalStatus.Achieved => ("ok", "✓"),
        Domain.Plans.GoalStatus.PartlyAchieved => ("wait", "◐"),
        Domain.Plans.GoalStatus.NotAchieved => ("bad", "✕"),
        Domain.Plans.GoalStatus.Cancelled => ("neutral", "■"),
    };

    public static string Unit(this IStringLocalizer t, string unit) => t[unit.ToLowerInvariant() switch
    {
        "day" => "dage",
        "hour" => "timer",
        "week" => "uger",
        "month" => "måneder",
        _ => unit,
    }];

    public static string UnitSingular(this IStringLocalizer t, string unit) => t[unit.ToLowerInvariant() switch
    {
        "day" => "dag",
        "hour" => "time",
        "week" => "uge",
        "month" => "måned",
        _ => unit,
    }];

    public static string Unit(this IStringLocalizer t, ServiceUnit unit) => t.Unit(unit.ToString());

    public static string Decision(this IStringLocalizer t, string? decision) => t[decision switch
    {
        nameof(FollowUpDecisionKind.Continue) => "Fortsæt indsatsen",
        nameof(FollowUpDecisionKind.End) => "Afslut indsatsen",
        nameof(FollowUpDecisionKind.EndAndReferToNew) => "Afslut og visitér til ny indsats",
        _ => "–",
    }];

    /// <summary>Funktionsevneniveau 0–4 in FFB words; null is "Ikke vurderet".</summary>
    public static string FunctionLevel(this IStringLocalizer t, int? level) => t[level switch
    {
        null => "Ikke vurderet",
        0 => "Ingen nedsat funktionsevne",
        1 => "Let nedsat funktionsevne",
        2 => "Moderat nedsat funktionsevne",
        3 => "Svært nedsat funktionsevne",
        _ => "Fuldstændig nedsat funktionsevne",
    }];

    public static string SupportNeed(this IStringLocalizer t, int? level) => t[level switch
    {
        null => "Ikke vurderet",
        0 => "Intet støttebehov",
        1 => "Let støttebehov",
        2 => "Moderat støttebehov",
        3 => "Højt støttebehov",
        _ => "Fuldstændigt støttebehov",
    }];

    public static string ConsentState(this IStringLocalizer t, string state) => t[state switch
    {
        "Given" => "Givet",
        "Withdrawn" => "Trukket tilbage",
        "Expired" => "Udløbet",
        _ => state,
    }];

    /// <summary>"What kind of use" in the access log, in words a citizen understands (the Danish list is the Application's).</summary>
    public static string AuditAction(this IStringLocalizer t, string action) => t[Mestring.Application.AuditLog.AuditWords.Action(action)];

    public static string AuditResource(this IStringLocalizer t, string resource) => t[Mestring.Application.AuditLog.AuditWords.Resource(resource)];

    public static string LegalBasis(string code) => LegalBasisCode.Display(code);
}

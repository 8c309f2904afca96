using Mestring.Domain.Organisation;

namespace Mestring.Application.AuditLog;

/// <summary>
/// The audit log's codes in plain Danish: the kind of use ("Så planen"), the role ("sagsbehandler"). One list, used by
/// the API's access log and by the pages (which translate these Danish texts for the English UI).
/// </summary>
public static class AuditWords
{
    public static string Action(string action) => action switch
    {
        "read" => "Så",
        "create" => "Oprettede",
        "update" => "Ændrede",
        "delete" => "Slettede",
        "denied" => "Forsøgte at se (afvist)",
        "search" => "Søgte i",
        "break-the-glass" => "Tog nødadgang til",
        "export" => "Eksporterede",
        "screen" => "Kørte screening af",
        "prevention-enable" => "Slog tidlig opsporing til",
        "prevention-disable" => "Slog tidlig opsporing fra",
        "indicator-enable" => "Slog en indikator til i",
        "indicator-disable" => "Slog en indikator fra i",
        "team-areas" => "Ændrede teamets områder i",
        _ => action,
    };

    public static string Resource(string resource) => resource switch
    {
        "citizen" => "stamoplysninger",
        "plan" => "planen",
        "plan-history" => "planens tidligere versioner",
        "plan-version" => "en ny version af planen",
        "plan-section" => "et afsnit i planen",
        "goal" => "et mål",
        "assessment" => "en udredning",
        "follow-up" => "en opfølgning",
        "consent" => "samtykkerne",
        "caseload" => "sagslisten",
        "provider-inbox" => "leverandørens bestillinger",
        "overdue-follow-ups" => "listen over opfølgninger",
        "intervention" => "en indsats",
        "progress-note" => "et notat om fremskridt",
        "progress-notes" => "notater om fremskridt",
        "progress-rating" => "en vurdering af fremskridt",
        "network-contribution" => "netværkets bidrag",
        "break-glass-grant" => "en nødadgang",
        "audit-log" => "revisionsloggen",
        "break-the-glass-lookup" => "opslag til nødadgang",
        "write" => "en ændring",
        "user" => "en bruger",
        "team" => "et team",
        "settings" => "kommunens indstillinger",
        "prevention" => "tidlig opsporing",
        "prevention-aggregate" => "tal for tidlig opsporing (uden navne)",
        "prevention-worklist" => "arbejdslisten for tidlig opsporing",
        "prevention-screening" => "en screening for tidlig opsporing",
        "investment-catalogue" => "investeringskataloget",
        "operational-records" => "indlæste sagsdata",
        _ => resource,
    };

    /// <summary>"Så planen": the kind of use in one phrase.</summary>
    public static string Use(string action, string resource) => $"{Action(action)} {Resource(resource)}";

    public static string Role(string role) => role switch
    {
        Roles.Caseworker => "sagsbehandler",
        Roles.Provider => "leverandør",
        Roles.Citizen => "borger",
        Roles.Network => "netværk",
        Roles.Manager => "leder",
        Roles.Supervision => "tilsyn",
        Roles.Admin => "administrator",
        Roles.Auditor => "revisor",
        "" or "system" => "systemet",
        _ => role,
    };
}

using Mestring.Application.Children;
using Mestring.Domain.Children;

namespace Mestring.Web.Pages.Boern;

/// <summary>
/// The Danish resource texts (keys of SharedResource) for the children's casework's contract names, and the badge class
/// that colours a deadline's status — always next to the status in words.
/// </summary>
public static class ChildText
{
    public static string Kind(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Notification24h => "Vurdering af underretning (24 timer)",
        DeadlineKind.Investigation4m => "Børnefaglig undersøgelse (4 måneder)",
        DeadlineKind.Plan3m => "Barnets plan (3 måneder)",
        DeadlineKind.FollowUp3m => "Første opfølgning (3 måneder)",
        DeadlineKind.YouthPlan16 => "Ungeplan (16 år)",
        _ => "Overgang til voksenlivet (18 år)",
    };

    public static string Kind(string name) => DeadlineNames.ParseKind(name) is { } k ? Kind(k) : name;

    /// <summary>The plain-words name of a deadline for a family: what the family is owed.</summary>
    public static string Owed(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Plan3m => "Barnets plan skal være klar",
        DeadlineKind.FollowUp3m => "Første opfølgning på indsatsen",
        DeadlineKind.YouthPlan16 => "Ungeplan inden 16 år",
        DeadlineKind.Transition18 => "Aftale om overgangen til 18 år",
        _ => Kind(kind),
    };

    public static string Status(DeadlineStatus status, bool soon = false) => status switch
    {
        DeadlineStatus.Due when soon => "Snart",
        DeadlineStatus.Due => "Åben",
        DeadlineStatus.Overdue => "Overskredet",
        DeadlineStatus.Met => "Overholdt",
        _ => "Overholdt for sent",
    };

    public static string Badge(DeadlineStatus status, bool soon = false) => status switch
    {
        DeadlineStatus.Due when soon => "badge--wait",
        DeadlineStatus.Due => "badge--info",
        DeadlineStatus.Overdue => "badge--bad",
        DeadlineStatus.Met => "badge--ok",
        _ => "badge--neutral",
    };

    /// <summary>A short sign before the status word, so colour is never the only carrier.</summary>
    public static string Sign(DeadlineStatus status, bool soon = false) => status switch
    {
        DeadlineStatus.Overdue => "!",
        DeadlineStatus.Due when soon => "…",
        DeadlineStatus.Met => "✓",
        DeadlineStatus.MetLate => "✓",
        _ => "○",
    };

    public static DeadlineStatus ParseStatus(string name) => Enum.GetValues<DeadlineStatus>().First(s => s.Name() == name);

    public static string Section(string name) => name switch
    {
        "BL-32" => "§ 32 støttende indsats",
        "BL-46" => "§ 46 anbringelse med samtykke",
        _ => "§ 47 anbringelse uden samtykke",
    };

    public static string SupportType(string? name) => name switch
    {
        "day-care" => "Dagtilbud, fritidshjem, klub eller uddannelsessted",
        "home-support" => "Praktisk, pædagogisk eller anden støtte i hjemmet",
        "contact-person" => "Fast kontaktperson",
        "internship" => "Praktikophold",
        "family-treatment" => "Familiebehandling",
        "family-residential" => "Døgnophold for hele familien",
        "respite" => "Aflastning",
        "other" => "Anden hjælp",
        _ => "–",
    };

    public static IReadOnlyList<string> SupportTypes { get; } = [.. Enum.GetValues<SupportType>().Select(t => t.Name())];

    public static string InvestigationKind(string kind) => kind == "afdaekning" ? "§ 19 afdækning" : "§ 20 børnefaglig undersøgelse";

    public static string Source(string source) => source switch
    {
        "notification" => "Underretning",
        "application" => "Ansøgning",
        "screening" => "Tidlig opsporing",
        _ => "Anden henvendelse",
    };

    public static string PlanKind(string kind) => kind switch
    {
        "child-plan" => "Barnets plan",
        "youth-plan" => "Ungeplan",
        _ => "Overgang ved 18 år",
    };

    public static string Target(string? target) => target switch
    {
        "youth-support" => "Ungestøtte 18–22 år",
        "service-act" => "Handleplan efter serviceloven",
        "none" => "Ingen videre støtte",
        _ => "–",
    };

    public static string Outcome(string? outcome) => outcome switch
    {
        "approved" => "Godkendt af børne- og ungeudvalget",
        "rejected" => "Afvist af børne- og ungeudvalget",
        _ => "Afventer børne- og ungeudvalget",
    };

    public static string Theme(string code) =>
        IcsTriangle.Areas.SelectMany(a => a.Themes).FirstOrDefault(t => t.Code == code)?.Label ?? code;

    public static string Area(string code) => IcsTriangle.Areas.FirstOrDefault(a => a.Code == code)?.Label ?? code;

    /// <summary>The deadline's status as of now, from the wire form.</summary>
    public static (DeadlineStatus Status, bool Soon) Of(DeadlineDto d, DateTimeOffset now)
    {
        var status = ParseStatus(d.Status);
        return (status, status == DeadlineStatus.Due && d.DueAt - now <= ChildWorklist.SoonWindow);
    }
}

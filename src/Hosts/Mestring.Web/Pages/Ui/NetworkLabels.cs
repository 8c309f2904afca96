using Mestring.Domain.Plans;

namespace Mestring.Web.Pages.Ui;

/// <summary>The kinds of network contributor in words (never the enum name on a page).</summary>
public static class NetworkLabels
{
    public static string ContributorKind(this IStringLocalizer t, ContributorKind kind) => t[kind switch
    {
        Domain.Plans.ContributorKind.FamilyMember => "Familie",
        Domain.Plans.ContributorKind.Volunteer => "Frivillig",
        Domain.Plans.ContributorKind.UserOrganisation => "Brugerorganisation",
        _ => "Andet",
    }];
}

namespace Mestring.Web.Pages.Investering;

/// <summary>A budget holder's key (<c>kommune.social</c>) in words on the page; an unknown key is shown as typed.</summary>
public static class HolderNames
{
    public static string Holder(this IStringLocalizer t, string? holder) => holder?.Trim().ToLowerInvariant() switch
    {
        "kommune" => t["Investment.Holder.Kommunen"],
        "kommune.social" => t["Investment.Holder.Kommunen – socialområdet"],
        "kommune.beskaeftigelse" => t["Investment.Holder.Kommunen – beskæftigelse"],
        "kommune.boernogunge" => t["Investment.Holder.Kommunen – børn og unge"],
        "kommune.sundhed" => t["Investment.Holder.Kommunen – sundhed"],
        "region" or "region.sundhed" => t["Investment.Holder.Regionen – sundhed"],
        "stat" or "state" => t["Investment.Holder.Staten"],
        null or "" => "–",
        _ => holder,
    };
}

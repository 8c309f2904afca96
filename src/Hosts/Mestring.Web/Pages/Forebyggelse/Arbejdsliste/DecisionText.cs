namespace Mestring.Web.Pages.Forebyggelse.Arbejdsliste;

/// <summary>The Danish resource text of a decision code (contact, early-help, no-action).</summary>
public static class DecisionText
{
    public static string Of(string code) => code switch
    {
        "contact" => "Kontakt til familien",
        "early-help" => "Tilbud om tidlig forebyggende hjælp (barnets lov §§ 28–32)",
        _ => "Ingen handling",
    };

    public static IReadOnlyList<string> Codes { get; } = ["contact", "early-help", "no-action"];
}

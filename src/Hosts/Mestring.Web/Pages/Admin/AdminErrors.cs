using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Mestring.Web.Pages.Admin;

/// <summary>A failed administration use case as Danish messages next to the form's fields.</summary>
internal static class AdminErrors
{
    public static void Add(ModelStateDictionary state, IStringLocalizer t, Error error, string prefix = "")
    {
        if (error.Fields is { } fields)
        {
            foreach (var field in fields.Keys)
            {
                state.AddModelError(prefix + field, Message(t, field));
            }
            return;
        }
        var field2 = error.Details?.GetValueOrDefault("field") as string;
        state.AddModelError(prefix + (field2 ?? ""), error.Code switch
        {
            "duplicate-user-name" => t["Brugernavnet er allerede i brug."],
            "duplicate-team" => t["Der findes allerede et team med det navn."],
            "own-account" => t["Du kan ikke deaktivere dit eget login eller fjerne din egen administratorrolle."],
            "deactivated" => t["Brugeren er deaktiveret. Genaktivér brugeren i stedet."],
            _ => t["Handlingen kunne ikke gennemføres."],
        });
    }

    private static string Message(IStringLocalizer t, string field) => field switch
    {
        "userName" => t["Skriv et brugernavn med bogstaverne a–z, tal og - . _ @ +."],
        "displayName" => t["Skriv personens navn."],
        "password" => t["Adgangskoden skal have mindst 12 tegn med store og små bogstaver, et tal og et tegn."],
        "roles" => t["Vælg mindst én rolle."],
        "teams" => t["Vælg et team fra listen."],
        "providerId" => t["En leverandørbruger skal knyttes til en leverandør."],
        "citizenId" => t["En borgerbruger skal knyttes til borgeren."],
        "legalBasis" => t["Skriv hjemmelen."],
        "name" => t["Skriv teamets navn."],
        "areas" or "area" => t["Vælg områder fra listen."],
        _ => t["Feltet er ikke udfyldt korrekt."],
    };
}

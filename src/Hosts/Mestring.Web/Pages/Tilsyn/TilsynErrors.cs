using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Mestring.Web.Pages.Tilsyn;

/// <summary>A registry or review use case's error on a /tilsyn form, in the reader's language, next to its field.</summary>
public static class TilsynErrors
{
    public static void Add(ModelStateDictionary modelState, IStringLocalizer t, Error error, string prefix)
    {
        if (error.Fields is { } fields)
        {
            foreach (var (field, messages) in fields)
            {
                foreach (var message in messages)
                {
                    modelState.AddModelError(prefix + "." + field, t["Oversight.Field." + field].ResourceNotFound
                        ? FormErrors.Translate(t, message) : $"{t["Oversight.Field." + field]}: {FormErrors.Translate(t, message)}");
                }
            }
            return;
        }
        modelState.AddModelError(string.Empty, t[error.Kind switch
        {
            ErrorKind.Forbidden => "Oversight.Error.Forbidden",
            ErrorKind.NotFound => "Oversight.Error.NotFound",
            _ => "Oversight.Error." + error.Code,
        }]);
    }
}

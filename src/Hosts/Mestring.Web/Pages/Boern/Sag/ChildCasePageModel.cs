using Mestring.Web.Pages.Sagsbehandler;

namespace Mestring.Web.Pages.Boern.Sag;

/// <summary>
/// A caseworker's page in a child's case (/boern/sag/{id}): the child opened through <see cref="CitizenQueries"/> (access
/// checked and audited; refused is 404), and one way to run a step of the casework and show its errors in Danish.
/// </summary>
public abstract class ChildCasePageModel(CitizenQueries citizens, IStringLocalizer<SharedResource> t) : CitizenPageModel(citizens)
{
    protected IStringLocalizer<SharedResource> T => t;

    protected string CaseUrl => $"/boern/sag/{CitizenId}";

    /// <summary>
    /// Runs a step; on success flashes <paramref name="flash"/> and goes to <paramref name="next"/> (or the case), else puts
    /// the errors by the form's fields (<paramref name="fieldOf"/> maps the API's field names) and shows the form again.
    /// </summary>
    protected async Task<IActionResult> StepAsync(Func<Task<Error?>> step, string flash, Func<string, string> fieldOf, Func<Task> reload, Func<string>? next = null)
    {
        Error? error;
        try
        {
            error = await step();
        }
        catch (ValidationException e)
        {
            FormErrors.Add(ModelState, t, e, fieldOf);
            await reload();
            return Page();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field is { } f ? fieldOf(f) : string.Empty, t[Rule(e.Code)]);
            await reload();
            return Page();
        }
        if (error is { Kind: ErrorKind.NotFound })
        {
            return NotFound();
        }
        if (error is { } failed)
        {
            if (failed.Kind == ErrorKind.Invalid && failed.Fields is { } fields)
            {
                foreach (var (field, messages) in fields)
                {
                    ModelState.AddModelError(fieldOf(field), FormErrors.Translate(t, messages[0]));
                }
            }
            else
            {
                var field = failed.Fields?.Keys.FirstOrDefault();
                ModelState.AddModelError(field is null ? string.Empty : fieldOf(field), failed.Code == Mestring.Application.Prevention.PreventionErrors.OffCode ? failed.Message : t[Rule(failed.Code)]);
            }
            await reload();
            return Page();
        }
        TempData["Flash"] = t[flash].Value;
        return LocalRedirect(next?.Invoke() ?? CaseUrl);
    }

    /// <summary>The Danish text of a broken rule of the children's casework.</summary>
    public static string Rule(string code) => code switch
    {
        "children.not-a-child" => "Barnet er fyldt 18; sagsbehandlingen efter barnets lov er for børn og unge.",
        "children.afdaekning-open" => "Der er allerede en åben afdækning for barnet.",
        "children.other-team" => "Barnet har allerede en sag i et andet team. Kontakt teamet.",
        "decision.consent-required" => "En § 32-indsats og en § 46-anbringelse kræver forældrenes samtykke.",
        "decision.investigation-required" => "En anbringelse kræver en børnefaglig undersøgelse (§ 20) af barnet.",
        "decision.already-decided" => "Afgørelsen er allerede truffet.",
        "decision.not-committee" => "Kun en § 47-sag afgøres af børne- og ungeudvalget.",
        "decision.not-in-force" => "Afgørelsen er ikke i kraft.",
        "investigation.completed" => "Undersøgelsen er allerede afsluttet.",
        "investigation.triangle-incomplete" => "Alle tre sider af trekanten skal have en vurdering, før undersøgelsen kan afsluttes.",
        "notification.already-assessed" => "Underretningen er allerede vurderet.",
        "notification.anonymous" => "En fagperson kan ikke underrette anonymt.",
        _ => "Handlingen kunne ikke gennemføres. Genindlæs siden og prøv igen.",
    };

    /// <summary>The form field of an API field: receivedAt → Input.ReceivedAt.</summary>
    protected static string InputField(string field) => field.Length == 0 ? string.Empty : "Input." + char.ToUpperInvariant(field[0]) + field[1..];

    protected static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A Danish local date and time from a form (datetime-local), as an instant.</summary>
    protected static DateTimeOffset? Local(DateTime? value) => value is { } v ? DanishCalendar.AtDanishTime(v) : null;
}

namespace Mestring.Web.Hosting;

/// <summary>
/// The one mapping from an expected failure (<see cref="Error"/>) to an RFC 9457 problem detail: Invalid 400 with the
/// fields, NotFound 404, Conflict 409 with its code, Forbidden 403, Unavailable 503. Endpoints return
/// <see cref="Problem"/> for a failed result; the exception handler uses <see cref="ToProblemDetails"/> for a rule
/// the domain refused by throwing.
/// </summary>
public static class ErrorResults
{
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
    };

    public static ProblemDetails ToProblemDetails(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var status = StatusOf(error.Kind);
        ProblemDetails details = error is { Kind: ErrorKind.Invalid, Fields: { } fields }
            ? new HttpValidationProblemDetails(fields.ToDictionary(e => e.Key, e => e.Value)) { Title = "One or more fields are invalid." }
            : new ProblemDetails { Title = error.Message };
        details.Status = status;
        details.Type = error.Kind switch
        {
            ErrorKind.Invalid => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            ErrorKind.NotFound => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
            ErrorKind.Conflict => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
            ErrorKind.Forbidden => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
            ErrorKind.Unavailable => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        };
        if (error.Kind is ErrorKind.Conflict or ErrorKind.Forbidden or ErrorKind.Unavailable)
        {
            details.Extensions["code"] = error.Code;
        }
        foreach (var (key, value) in error.Details ?? new Dictionary<string, object?>())
        {
            if (key == "detail")
            {
                details.Detail = value as string; // a message for people (e.g. Danish) beside the title
                continue;
            }
            details.Extensions[key] = value;
        }
        return details;
    }

    /// <summary>The HTTP answer for a failed use case. A plain not-found stays an empty 404, as the API has always answered.</summary>
    public static IResult Problem(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Kind == ErrorKind.NotFound)
        {
            return TypedResults.NotFound();
        }
        var details = ToProblemDetails(error);
        return details is HttpValidationProblemDetails v ? TypedResults.ValidationProblem(v.Errors, title: v.Title, type: v.Type) : TypedResults.Problem(details);
    }
}

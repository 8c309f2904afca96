using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Hosting;

/// <summary>
/// Maps exceptions to RFC 9457 problem details: a rule the domain refused through <see cref="ErrorResults"/> (invalid
/// input 400 with field messages, a broken business rule 409), a concurrent edit 409, a database that cannot be reached
/// 503 with Retry-After; anything else 500 without internals (and nothing sensitive in the log).
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails details = exception switch
        {
            RuleException rule => ErrorResults.ToProblemDetails(rule.Error),
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Someone else changed this in the meantime; reload and try again.",
                Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
                Extensions = { ["code"] = "concurrency" },
            },
            BadHttpRequestException b => RequestErrors.Describe(b, context),
            _ when DatabaseUnavailable(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The database cannot be reached right now; try again in a moment.",
                Detail = "Databasen kan ikke nås lige nu. Prøv igen om lidt.",
                Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
                Extensions = { ["code"] = "database-unavailable" },
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
            },
        };
        if (details.Status == StatusCodes.Status500InternalServerError)
        {
            // Type and trace id only: exception messages can carry personal data.
            logger.LogError("Unhandled {ExceptionType} at {Path} (trace {TraceId})", exception.GetType().Name, context.Request.Path, context.TraceIdentifier);
        }
        if (details.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning("Database unavailable at {Path} (trace {TraceId})", context.Request.Path, context.TraceIdentifier);
            context.Response.Headers.RetryAfter = "5";
        }
        context.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    /// <summary>
    /// A database that is down, restarting or busy (issue 16: PostgreSQL restarted under load gave 500s): the provider
    /// marks such failures transient (<see cref="System.Data.Common.DbException.IsTransient"/>), EF wraps them when its
    /// retries are spent, and a broken connection surfaces as a socket or timeout error.
    /// </summary>
    internal static bool DatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException { IsTransient: true } or TimeoutException or System.Net.Sockets.SocketException
                || (e is InvalidOperationException && e.Message.Contains("transient failure", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }
}

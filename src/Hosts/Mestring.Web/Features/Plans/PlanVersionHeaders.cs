using Microsoft.Net.Http.Headers;

namespace Mestring.Web.Features.Plans;

/// <summary>
/// Optimistic concurrency on the plan API (issue 16): the plan read answers <c>ETag: "N"</c> (N = the plan's version),
/// and a plan write may send <c>If-Match: "N"</c>. A write from a version that is no longer current is a 409
/// <c>plan-version-conflict</c> (title in English, detail in Danish, <c>expectedVersion</c>/<c>currentVersion</c>); an
/// If-Match that is not one version is a 400 naming the header. No If-Match (or <c>*</c>) means no check.
/// </summary>
internal static class PlanVersionHeaders
{
    public static string ETagOf(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The endpoint filter for plan writes: reads If-Match into the request's <see cref="PlanPrecondition"/>.</summary>
    public static async ValueTask<object?> ReadIfMatch(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.IfMatch.ToString();
        if (!string.IsNullOrWhiteSpace(header) && header.Trim() != "*")
        {
            if (!TryParse(header, out var version))
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { [HeaderNames.IfMatch] = ["If-Match must be one plan version as an ETag, e.g. \"3\" (the ETag of the plan read)."] },
                    title: "One or more fields are invalid.");
            }
            context.HttpContext.RequestServices.GetRequiredService<PlanPrecondition>().ExpectedVersion = version;
        }
        return await next(context);
    }

    /// <summary>Sets the plan read's ETag.</summary>
    public static void SetETag(HttpContext context, int version) => context.Response.Headers.ETag = ETagOf(version);

    private static bool TryParse(string header, out int version)
    {
        version = 0;
        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            value = value[1..^1];
        }
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out version) && version >= 0;
    }
}

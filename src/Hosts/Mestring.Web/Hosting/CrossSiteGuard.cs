namespace Mestring.Web.Hosting;

/// <summary>
/// Refuses a state-changing API call (POST, PUT, PATCH, DELETE under /api) that a browser says comes from another site:
/// <c>Sec-Fetch-Site</c> other than same-origin or none, or else an <c>Origin</c> that is not this app's own (or one of
/// <c>Security:AllowedOrigins</c>). SameSite=Strict already keeps the cookie off such requests; this is the second
/// lock, for body-less posts and browsers that do not honour SameSite. Clients that are not browsers send neither header
/// and are not affected.
/// </summary>
internal static class CrossSiteGuard
{
    public static IApplicationBuilder UseCrossSiteGuard(this IApplicationBuilder app, IConfiguration configuration)
    {
        var allowed = (configuration.GetSection("Security:AllowedOrigins").Get<string[]>() ?? [])
            .Select(o => o.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return app.Use(async (context, next) =>
        {
            if (IsStateChanging(context.Request) && IsCrossSite(context.Request, allowed))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await Results.Problem("Cross-site requests may not change data.", statusCode: StatusCodes.Status403Forbidden,
                    title: "Forbidden", extensions: new Dictionary<string, object?> { ["code"] = "cross-site-request" }).ExecuteAsync(context);
                return;
            }
            await next(context);
        });
    }

    private static bool IsStateChanging(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method));

    public static bool IsCrossSite(HttpRequest request, IReadOnlySet<string> allowedOrigins)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return !(fetchSite.Equals("same-origin", StringComparison.OrdinalIgnoreCase) || fetchSite.Equals("none", StringComparison.OrdinalIgnoreCase));
        }
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }
        var own = $"{request.Scheme}://{request.Host}";
        return !(origin.Equals(own, StringComparison.OrdinalIgnoreCase) || allowedOrigins.Contains(origin));
    }
}

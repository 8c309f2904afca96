namespace Mestring.Web.Hosting;

internal static class SecurityHeaders
{
    /// <summary>Conservative headers: no framing, no sniffing, scripts and styles only from this origin.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
            headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            // Pages and API answers carry personal data: never cache them. Static assets may be cached. The values are
            // exactly the ones antiforgery sets on a page with a form, so it has nothing to override (and no warning to log).
            if (!IsStaticAsset(context.Request.Path))
            {
                headers["Cache-Control"] = "no-cache, no-store";
                headers["Pragma"] = "no-cache";
            }
            await next(context);
        });

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/js", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/lib", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/img", StringComparison.OrdinalIgnoreCase);
}

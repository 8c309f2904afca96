using Microsoft.AspNetCore.Localization;

namespace Mestring.Web.Hosting;

/// <summary>Danish by default, English selectable (a cookie set by /sprog).</summary>
internal static class Localization
{
    public static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IServiceCollection AddMestringLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Danish);
            options.SupportedCultures = [Danish, English];
            options.SupportedUICultures = [Danish, English];
            // Only an explicit choice changes the language: not the browser's Accept-Language.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseMestringLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.MapGet("/sprog", (string culture, string? returnUrl, HttpContext context) =>
        {
            var chosen = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Danish;
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { IsEssential = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
            return Results.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal) ? "/" : returnUrl);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}

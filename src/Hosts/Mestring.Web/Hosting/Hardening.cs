using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Mestring.Web.Hosting;

/// <summary>
/// Production hardening of the pipeline (issue 16): forwarded headers only from the proxies named in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR), HSTS in
/// Production, the login rate limit, and the cross-site check on every state-changing API call.
/// </summary>
internal static class Hardening
{
    public static void AddHardening(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PasswordLogin>();
        LoginThrottle.AddLoginRateLimit(services, configuration);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only what the operator names is trusted.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    /// <summary>Before everything that reads the scheme or the client address.</summary>
    public static void UseForwardedHeadersFromKnownProxies(this WebApplication app)
    {
        var configured = app.Configuration.GetSection("ForwardedHeaders:KnownProxies").GetChildren().Any()
            || app.Configuration.GetSection("ForwardedHeaders:KnownNetworks").GetChildren().Any();
        if (configured)
        {
            app.UseForwardedHeaders();
        }
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
        }
    }
}

using Mestring.Application;
using Mestring.Application.Access;
using Mestring.Application.Demo;
using Mestring.Data;
using Mestring.Data.Auditing;
using Mestring.Data.Database;
using Mestring.Data.Identity;
using Mestring.Data.Tenancy;
using Mestring.Web.Demo;
using Mestring.Web.Features;
using Mestring.Web.Features.Plans;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mestring.Web.Hosting;

/// <summary>Builds the web app; shared by <c>Program</c> and the CLI's <c>mestring serve</c>.</summary>
public static class MestringApp
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]) && string.IsNullOrEmpty(builder.Configuration["URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        // No "Server: Kestrel": the stack is nobody's business.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        AddServices(builder.Services, builder.Configuration);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.FromSettings(configuration["Database:Provider"], configuration.GetConnectionString("Mestring"));
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<AuditInterceptor>();
        services.AddDbContext<MestringDbContext>((sp, options) =>
        {
            MestringDatabase.Configure(options, database);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), new Mestring.Data.Steering.SteeringDirtyInterceptor());
        });

        services.AddIdentity<AppUser, IdentityRole>(Mestring.Application.Administration.LoginRules.Configure)
            .AddEntityFrameworkStores<MestringDbContext>()
            .AddClaimsPrincipalFactory<MestringClaimsFactory>()
            .AddSignInManager<MestringSignInManager>()
            .AddDefaultTokenProviders();
        Authentication.Configure(services, configuration);
        Hardening.AddHardening(services, configuration);
        services.AddAuthorization(Policies.Configure);

        services.AddMestringLocalization();
        services.AddRazorPages(o => Policies.ConfigurePages(o.Conventions));
        services.AddOpenApi("v1", ApiDocument.Configure);
        // Enums travel as their names ("Develop", "Active"): readable, and stable when members are added. Integers are
        // refused (an undefined one was once stored and broke every later read).
        // An explicit null for a non-nullable field is refused when the request is read; missing fields are left
        // to the domain's guards, which name the field.
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.RespectNullableAnnotations = true;
        });
        // Unreadable requests go through the one exception handler, so that they too get a problem detail saying why.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddMestringApplication();
        services.Configure<Mestring.Application.Children.ChildrenSettings>(configuration.GetSection("Children"));
        services.AddMestringFeatures();
        services.AddHealthChecks();
    }

    public static void UsePipeline(WebApplication app)
    {
        app.UseForwardedHeadersFromKnownProxies();
        app.UseExceptionHandler();
        // A browser that mistypes an address gets a Danish page; the API keeps its problem details.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            b => b.UseStatusCodePagesWithReExecute("/fejl/{0}"));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), b => b.UseStatusCodePages());
        app.UseSecurityHeaders();
        app.UseMestringLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCrossSiteGuard(app.Configuration);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        // The API description is public: it holds no data, and integrators need it before they have an account.
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealth();
        app.MapExternalLogin(app.Configuration);
        app.MapMestringApi();
        app.MapRazorPages();
    }

    /// <summary>Creates and migrates the database, and seeds the demo municipality when asked to.</summary>
    public static async Task PrepareDatabaseAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        MestringDatabase.EnsureSqliteFolder(settings);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MestringDbContext>();
        if (!await DatabaseMigrator.CanReachServerAsync(db, cancellationToken))
        {
            // Start anyway so that /health can say 503 and the operator sees why; nothing else works until it is back.
            app.Logger.LogError("The {Provider} database is unreachable; /health answers 503 until it is reachable and the app is restarted", settings.Provider);
            return;
        }
        await DatabaseMigrator.MigrateAsync(db, cancellationToken);
        if (DemoSwitch.IsEnabled(app.Environment, app.Configuration) && !await db.Municipalities.AnyAsync(cancellationToken))
        {
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(clock.TodayInDenmark(), cancellationToken);
        }
    }
}

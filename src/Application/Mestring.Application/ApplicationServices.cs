using Mestring.Application.Registration;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application;

/// <summary>Registers every use case; each area registers its own in <c>Registration/</c>.</summary>
public static class ApplicationServices
{
    public static IServiceCollection AddMestringApplication(this IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        services.AddCasework();
        services.AddInvestments();
        services.AddEvidence();
        services.AddOversight();
        services.AddPrevention();
        services.AddRegisters();
        services.AddAdministration();
        services.AddReporting();
        services.AddChildren();
        services.AddSteering();
        services.AddPrivacy();
        return services;
    }
}

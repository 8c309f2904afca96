using Mestring.Data.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application;

/// <summary>Registers every use case; each area adds its own in its folder's registration.</summary>
public static class ApplicationServices
{
    public static IServiceCollection AddMestringApplication(this IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        return services;
    }
}

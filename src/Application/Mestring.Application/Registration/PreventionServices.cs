using Mestring.Application.Prevention;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The prevention (early detection) use cases.</summary>
public static class PreventionServices
{
    public static IServiceCollection AddPrevention(this IServiceCollection services)
    {
        services.AddSingleton<PopulationCache>();
        services.AddScoped<PreventionSnapshot>();
        services.AddScoped<PreventionWorklist>();
        services.AddScoped<PreventionAreas>();
        services.AddScoped<PreventionQuality>();
        return services;
    }
}

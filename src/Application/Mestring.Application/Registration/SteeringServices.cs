using Mestring.Application.Steering;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The steering use cases: the pre-aggregated store, the analyses and the what-if.</summary>
public static class SteeringServices
{
    public static IServiceCollection AddSteering(this IServiceCollection services)
    {
        services.AddScoped<SteeringRefresh>();
        services.AddScoped<SteeringQueries>();
        services.AddScoped<SteeringWhatIf>();
        return services;
    }
}

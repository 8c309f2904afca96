using Mestring.Application.Oversight;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The oversight use cases (issue 13).</summary>
public static class OversightServices
{
    public static IServiceCollection AddOversight(this IServiceCollection services)
    {
        services.AddScoped<OversightQueries>();
        services.AddScoped<Oversight.Registry.ProviderRegistry>();
        services.AddScoped<Oversight.Registry.ProviderRegistryEdits>();
        return services;
    }
}

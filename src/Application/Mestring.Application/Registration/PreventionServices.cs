using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The prevention use cases.</summary>
public static class PreventionServices
{
    public static IServiceCollection AddPrevention(this IServiceCollection services)
    {
        return services;
    }
}

using Mestring.Application.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The register import and export, the synthetic municipality and the demo.</summary>
public static class RegistersServices
{
    public static IServiceCollection AddRegisters(this IServiceCollection services)
    {
        // The demo seed; the host supplies the plan snapshot (TakePlanSnapshot) and decides when it runs.
        services.AddScoped<DemoSeeder>();
        return services;
    }
}

using Mestring.Application.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The register import and export, the synthetic municipality and the demo.</summary>
public static class RegistersServices
{
    /// <summary>The demo seed; the host supplies the plan snapshot (TakePlanSnapshot) and decides when it runs.</summary>
    public static IServiceCollection AddRegisters(this IServiceCollection services) => services.AddScoped<DemoSeeder>();
}

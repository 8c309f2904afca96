using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The register import and export, the synthetic municipality and the demo.</summary>
public static class RegistersServices
{
    public static IServiceCollection AddRegisters(this IServiceCollection services)
    {
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The evidence use cases.</summary>
public static class EvidenceServices
{
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        return services;
    }
}

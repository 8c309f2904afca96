using Mestring.Application.Evidence;
using Mestring.Application.Investments;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The evidence use cases.</summary>
public static class EvidenceServices
{
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.AddSingleton<EvidenceCache>();
        services.AddScoped<EvidenceQueries>();
        services.AddScoped<ILocalEvidenceSource, EvidenceQueriesSource>();
        return services;
    }
}

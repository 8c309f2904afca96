using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The casework use cases: citizens and access, plans, assessments, interventions, follow-ups, consents, the audit log, statistics.</summary>
public static class CaseworkServices
{
    public static IServiceCollection AddCasework(this IServiceCollection services)
    {
        return services;
    }
}

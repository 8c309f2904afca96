using Mestring.Application.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>National reporting (FFB to KL Gateway) and the plan as FHIR for health.</summary>
public static class ReportingServices
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddScoped<FfbExport>();
        services.AddScoped<PlanFhirQueries>();
        return services;
    }
}

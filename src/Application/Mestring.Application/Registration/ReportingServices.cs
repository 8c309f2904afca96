using Mestring.Application.Reporting;
using Mestring.Application.Reporting.Council;
using Mestring.Application.Reporting.Exchange;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>National reporting (FFB to KL Gateway), the plan as FHIR for health, council reports and the aggregate exchange.</summary>
public static class ReportingServices
{
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddScoped<FfbExport>();
        services.AddScoped<PlanFhirQueries>();
        services.AddScoped<IAggregateSource, SpendingByLegalBasis>();
        services.AddScoped(sp => new CouncilReports(sp.GetRequiredService<Mestring.Data.MestringDbContext>(), sp.GetRequiredService<Mestring.Data.Auditing.AuditTrail>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetServices<IAggregateSource>(), sp.GetRequiredService<ICurrentUser>()));
        services.AddScoped<AggregateExchange>();
        services.AddScoped<AggregateComparisons>();
        return services;
    }
}

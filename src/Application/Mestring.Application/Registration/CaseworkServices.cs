using Mestring.Application.Assessments;
using Mestring.Application.AuditLog;
using Mestring.Application.Citizens;
using Mestring.Application.Consents;
using Mestring.Application.FollowUps;
using Mestring.Application.Interventions;
using Mestring.Application.Plans;
using Mestring.Application.Stats;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The casework use cases: citizens and access, plans, assessments, interventions, follow-ups, consents, the audit log, statistics.</summary>
public static class CaseworkServices
{
    public static IServiceCollection AddCasework(this IServiceCollection services)
    {
        services.AddScoped<CitizenAccess>();
        services.AddScoped<CitizenQueries>();
        services.AddScoped<CitizenLookup>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<PlanCommands>();
        services.AddScoped<PlanPrecondition>();
        services.AddScoped<PlanSnapshots>();
        services.AddScoped<AssessmentService>();
        services.AddScoped<InterventionCommands>();
        services.AddScoped<InterventionQueries>();
        services.AddScoped<FollowUpService>();
        services.AddScoped<ConsentService>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<StatsQueries>();
        return services;
    }
}

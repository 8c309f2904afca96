using Mestring.Application.Children;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>Children's casework under Barnets Lov: notifications, investigations, decisions, the child's plan, the deadlines.</summary>
public static class ChildrenServices
{
    public static IServiceCollection AddChildren(this IServiceCollection services)
    {
        services.AddOptions<ChildrenSettings>();
        services.AddScoped<ChildDeadlineQueries>();
        services.AddScoped<ChildCaseAccess>();
        services.AddScoped<NotificationService>();
        services.AddScoped<InvestigationService>();
        services.AddScoped<ChildDecisionService>();
        services.AddScoped<ChildPlanService>();
        services.AddScoped<ChildWorklist>();
        services.AddScoped<ScreeningAfdaekning>();
        return services;
    }
}

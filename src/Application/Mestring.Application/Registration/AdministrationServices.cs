using Mestring.Application.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The administrator's use cases: users, teams and their areas, the municipality's settings.</summary>
public static class AdministrationServices
{
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddScoped<UserAdministration>();
        services.AddScoped<MunicipalitySettings>();
        services.AddScoped<AuditLog.AuditSearch>();
        services.AddScoped<Interventions.ProgressNoteQueries>();
        services.AddScoped<Interventions.SharedProgressNotes>();
        services.AddScoped<Plans.NetworkEditing>();
        return services;
    }
}

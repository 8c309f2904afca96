using Mestring.Application.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>Privacy use cases (issue 16): a citizen's data export (GDPR art. 15) and retention.</summary>
public static class PrivacyServices
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddScoped<CitizenDataExport>();
        return services;
    }
}

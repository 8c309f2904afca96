using Mestring.Application.Investments;
using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The investments use cases: saved cases, the municipality's catalogue, baselines and the case builder.</summary>
public static class InvestmentsServices
{
    public static IServiceCollection AddInvestments(this IServiceCollection services)
    {
        services.AddScoped<InvestmentCases>();
        services.AddScoped<InvestmentCatalogues>();
        services.AddScoped<InvestmentBaselines>();
        services.AddScoped<CaseBuilder>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace Mestring.Application.Registration;

/// <summary>The investments use cases.</summary>
public static class InvestmentsServices
{
    public static IServiceCollection AddInvestments(this IServiceCollection services)
    {
        return services;
    }
}

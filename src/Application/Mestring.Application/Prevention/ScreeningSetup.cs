using Mestring.Domain.Prevention;
using Mestring.Prevention.Factors;
using Mestring.Prevention.Screen;

namespace Mestring.Application.Prevention;

/// <summary>
/// How a municipality's screening is set up, the same for the web's worklist and <c>mestring screen</c>: the four
/// family factors plus each configured indicator that the municipality has switched on.
/// </summary>
public static class ScreeningSetup
{
    public static ScreeningOptions Options(DateOnly asOf, PreventionSettings? settings) => new()
    {
        AsOf = asOf,
        Indicators = [.. FactorCatalog.DefaultIndicators.Select(i => i.WithEnabled(settings?.IsIndicatorEnabled(i.Key) ?? false))],
    };
}

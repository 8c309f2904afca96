using Mestring.Domain.Organisation;
using Mestring.Oversight;

namespace Mestring.Application.Oversight;

/// <summary>The oversight signals of one chosen municipality, as <c>mestring oversee</c> runs them (the same engine and data as the API).</summary>
public static class MunicipalityOversight
{
    public static async Task<Result<IReadOnlyList<Signal>>> RunAsync(MestringDbContext db, Municipality municipality, string? priceIndexPath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        var index = OversightPriceIndex.Load(priceIndexPath);
        if (!index.IsSuccess)
        {
            return index.Error;
        }
        var input = await OversightData.LoadAsync(db, municipality.Id, index.Value, ct);
        return OversightEngine.Run(input).ToList();
    }
}

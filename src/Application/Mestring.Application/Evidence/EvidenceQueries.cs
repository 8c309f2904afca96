namespace Mestring.Application.Evidence;

/// <summary>
/// The evidence analyses of the signed-in user's municipality (<see cref="EvidenceAnalyses"/>, the same code as the CLI),
/// computed on request and cached per municipality while the data stamp is unchanged. Aggregates only: methods,
/// outcomes and provider register ids — no citizen ids, names or CPR numbers.
/// </summary>
public sealed class EvidenceQueries(MestringDbContext db, ICurrentUser user, EvidenceCache cache, TimeProvider clock)
{
    /// <summary>The snapshot for the user's municipality.</summary>
    public async Task<EvidenceSnapshot> GetAsync(CancellationToken ct)
    {
        var municipality = user.MunicipalityId ?? Guid.Empty;
        var stamp = await EvidenceDataset.StampAsync(db, municipality, ct);
        return await cache.GetAsync(municipality, stamp, async token =>
        {
            var data = await EvidenceDataset.LoadAsync(db, municipality, token);
            var methods = EvidenceAnalyses.MethodEffects(data);
            var providers = data.Records.Count == 0 ? null : EvidenceAnalyses.Providers(data, methods);
            return new EvidenceSnapshot(
                stamp,
                clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                methods,
                providers is { IsSuccess: true } ? providers.Value : [],
                providers is { IsSuccess: false } ? providers.Error.Message : null,
                EvidenceAnalyses.StopList(data, methods));
        }, ct);
    }
}

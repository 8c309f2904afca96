using System.Collections.Concurrent;

namespace Mestring.Application.Prevention;

/// <summary>
/// Keeps each municipality's loaded population (pseudonymous columns, no names) in memory for a few minutes: loading
/// 25,000 persons with 15 register years takes seconds, and register data changes by yearly import, not per request.
/// A register import is visible after at most <see cref="Lifetime"/>. One entry per municipality, so tenants never mix.
/// </summary>
public sealed class PopulationCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<Guid, (DateTimeOffset LoadedAt, Lazy<Task<LoadedPopulation>> Load)> _entries = new();

    /// <summary>
    /// The municipality's population, loaded through <paramref name="db"/> when absent or older than the lifetime. The load is
    /// not cancelled with the request that started it: concurrent requests of the same municipality may be waiting for it.
    /// </summary>
    public Task<LoadedPopulation> GetAsync(MestringDbContext db, Guid municipalityId, int fallbackYear)
    {
        var now = clock.GetUtcNow();
        var entry = _entries.AddOrUpdate(municipalityId,
            _ => New(),
            (_, old) => now - old.LoadedAt > Lifetime || old.Load.Value.IsFaulted || old.Load.Value.IsCanceled ? New() : old);
        return entry.Load.Value;

        (DateTimeOffset, Lazy<Task<LoadedPopulation>>) New() =>
            (now, new Lazy<Task<LoadedPopulation>>(() => new PopulationLoader(db, municipalityId).LoadAsync(fallbackYear, CancellationToken.None)));
    }

    /// <summary>Forgets a municipality's population (e.g. after an import).</summary>
    public void Invalidate(Guid municipalityId) => _entries.TryRemove(municipalityId, out _);
}

using System.Collections.Concurrent;
using Mestring.Evidence.Providers;

namespace Mestring.Application.Evidence;

/// <summary>The analyses of one municipality at one data stamp.</summary>
/// <param name="Stamp">The data stamp they were computed from (<see cref="EvidenceDataset.StampAsync"/>).</param>
/// <param name="ComputedAt">When they were computed (UTC, ISO 8601).</param>
public sealed record EvidenceSnapshot(
    string Stamp,
    string ComputedAt,
    IReadOnlyList<MethodEffectRow> Methods,
    IReadOnlyList<ProviderResult> Providers,
    string? ProviderError,
    IReadOnlyList<StopListRow> StopList);

/// <summary>
/// In-memory cache of the analyses per municipality (a singleton). An entry is valid while the municipality's data
/// stamp is unchanged, so a new import, assessment, ended intervention or event recomputes on the next request;
/// one computation at a time per municipality.
/// </summary>
public sealed class EvidenceCache
{
    private readonly ConcurrentDictionary<Guid, EvidenceSnapshot> _entries = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    /// <summary>The cached snapshot when its stamp matches, else computes (once) and stores it.</summary>
    public async Task<EvidenceSnapshot> GetAsync(Guid municipalityId, string stamp, Func<CancellationToken, Task<EvidenceSnapshot>> compute, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_entries.TryGetValue(municipalityId, out var hit) && string.Equals(hit.Stamp, stamp, StringComparison.Ordinal))
        {
            return hit;
        }
        var gate = _locks.GetOrAdd(municipalityId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (_entries.TryGetValue(municipalityId, out hit) && string.Equals(hit.Stamp, stamp, StringComparison.Ordinal))
            {
                return hit;
            }
            var fresh = await compute(ct);
            _entries[municipalityId] = fresh;
            return fresh;
        }
        finally
        {
            gate.Release();
        }
    }
}

namespace Mestring.Prevention.Aggregate;

/// <summary>Counts for one area (or the whole municipality); every count has passed small-cell suppression.</summary>
/// <param name="Area">Area name.</param>
/// <param name="Children">Screened children living in the area.</param>
/// <param name="WithFactor">Children with each factor, aligned with <see cref="AggregateResult.FactorKeys"/>.</param>
/// <param name="AtLeast">Children with at least k factors: element k-1 for k = 1..<see cref="AggregateResult.MaxK"/>.</param>
public sealed record AreaAggregate(string Area, CellCount Children, IReadOnlyList<CellCount> WithFactor, IReadOnlyList<CellCount> AtLeast);

/// <summary>The aggregate-only screening output: no person-level data leaves the engine.</summary>
/// <param name="AsOf">As-of date.</param>
/// <param name="ReferenceYear">Register year used.</param>
/// <param name="FactorKeys">Factor keys in column order.</param>
/// <param name="MaxK">The largest k of the "at least k factors" columns.</param>
/// <param name="MinimumCellSize">The suppression limit.</param>
/// <param name="Areas">One row per area, ordered by name (ordinal), the unknown area last.</param>
/// <param name="Total">The whole municipality.</param>
public sealed record AggregateResult(
    DateOnly AsOf, int ReferenceYear, IReadOnlyList<string> FactorKeys, int MaxK, int MinimumCellSize,
    IReadOnlyList<AreaAggregate> Areas, AreaAggregate Total);

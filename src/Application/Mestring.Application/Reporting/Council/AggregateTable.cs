namespace Mestring.Application.Reporting.Council;

/// <summary>One cell of an aggregate: a group (e.g. a legal basis) in a year; counts and sums null when suppressed.</summary>
public sealed record AggregateCell(string Group, int Year, int? Citizens, decimal? Spending, bool Suppressed);

/// <summary>An aggregate source's answer: its cells (small cells suppressed) and the totals per year (never suppressed).</summary>
public sealed record AggregateTable(string Source, string Title, IReadOnlyList<AggregateCell> Cells, IReadOnlyList<AggregateCell> Totals, int SuppressBelow);

/// <summary>
/// An aggregate query a report can include. A new source (the steering pre-aggregates, another analysis) implements this
/// and is registered once; the report records its name, and reproducing the report asks the same source again.
/// </summary>
public interface IAggregateSource
{
    /// <summary>The stable name stored in the report record (e.g. <c>spending-by-legal-basis</c>).</summary>
    string Name { get; }

    Task<AggregateTable> QueryAsync(Guid municipalityId, int fromYear, int toYear, CancellationToken ct);

    /// <summary>What the figures were made from: last change, row count and a hash of the rows read.</summary>
    Task<string> StampAsync(Guid municipalityId, CancellationToken ct);
}

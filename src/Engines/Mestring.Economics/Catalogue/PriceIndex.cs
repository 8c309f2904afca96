namespace Mestring.Economics.Catalogue;

/// <summary>A price index by year, used to move amounts between price years.</summary>
public sealed record PriceIndex(string Name, string Source, IReadOnlyDictionary<int, double> Values)
{
    /// <summary>The factor that turns <paramref name="fromYear"/> prices into <paramref name="toYear"/> prices: I(to)/I(from).</summary>
    public double Index(int fromYear, int toYear) => ValueOf(toYear) / ValueOf(fromYear);

    /// <summary>An amount in <paramref name="fromYear"/> prices expressed in <paramref name="toYear"/> prices.</summary>
    public double Convert(double amount, int fromYear, int toYear) =>
        fromYear == toYear ? amount : amount * Index(fromYear, toYear);

    /// <summary>True when the index covers <paramref name="year"/>.</summary>
    public bool Covers(int year) => Values.ContainsKey(year);

    private double ValueOf(int year) =>
        Values.TryGetValue(year, out var value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(year), year,
                "The price index has no value for this year; it covers " + Values.Keys.Min() + "–" + Values.Keys.Max() + ".");
}

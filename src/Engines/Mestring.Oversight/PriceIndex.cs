using System.Globalization;

namespace Mestring.Oversight;

/// <summary>
/// A price index by year (pris- og lønregulering): moves a takst from the prices of one year to another's. Years outside
/// the table take the nearest year's index. The table ships as a data file (read by the application, not here).
/// </summary>
public sealed class PriceIndex
{
    private readonly SortedList<int, decimal> _index;

    public PriceIndex(IReadOnlyDictionary<int, decimal> index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (index.Count == 0 || index.Values.Any(v => v <= 0))
        {
            throw new ArgumentException("A price index needs at least one year and positive values.", nameof(index));
        }
        _index = new SortedList<int, decimal>(index.ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    /// <summary>The years in the table.</summary>
    public IReadOnlyList<int> Years => [.. _index.Keys];

    /// <summary>The index of a year (the nearest year's outside the table).</summary>
    public decimal Of(int year)
    {
        if (_index.TryGetValue(year, out var v))
        {
            return v;
        }
        return year < _index.Keys[0] ? _index.Values[0] : _index.Values[^1];
    }

    /// <summary>An amount at the prices of <paramref name="fromYear"/> in the prices of <paramref name="toYear"/>.</summary>
    public decimal Convert(decimal amount, int fromYear, int toYear) => fromYear == toYear ? amount : amount * Of(toYear) / Of(fromYear);

    /// <summary>
    /// Parses the data file: a header <c>year,index</c>, then one line per year (invariant numbers); blank lines and lines
    /// starting with <c>#</c> are skipped. Throws <see cref="FormatException"/> naming the line.
    /// </summary>
    public static PriceIndex Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = new Dictionary<int, decimal>();
        var lines = text.Split('\n');
        var header = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (!header)
            {
                header = line == "year,index" ? true : throw new FormatException($"price index line {i + 1}: expected the header 'year,index'");
                continue;
            }
            var parts = line.Split(',');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || !decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0
                || !map.TryAdd(year, value))
            {
                throw new FormatException($"price index line {i + 1}: '{line}' is not 'year,index' with a new year and a positive index");
            }
        }
        return new PriceIndex(map);
    }
}

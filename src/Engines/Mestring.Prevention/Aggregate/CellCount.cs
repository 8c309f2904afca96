using System.Globalization;

namespace Mestring.Prevention.Aggregate;

/// <summary>
/// A count in a published table. Counts below the minimum cell size are suppressed: the value is withheld (not just
/// hidden in display) so that no caller can print it by mistake, and the display is "&lt;5".
/// </summary>
public readonly record struct CellCount
{
    private CellCount(int? value, int minimumCellSize)
    {
        Value = value;
        MinimumCellSize = minimumCellSize;
    }

    /// <summary>The count, or null when suppressed.</summary>
    public int? Value { get; }

    /// <summary>The suppression limit applied.</summary>
    public int MinimumCellSize { get; }

    /// <summary>Whether the count was suppressed.</summary>
    public bool Suppressed => Value is null;

    /// <summary>
    /// True when the count is at or above the limit but withheld so that a small cell cannot be worked out from the total
    /// (complementary suppression); false for a small cell itself.
    /// </summary>
    public bool Complementary { get; private init; }

    /// <summary>The count as text, "&lt;5" (with the configured limit) when suppressed, "x" when withheld to protect another cell.</summary>
    public string Display => Value is { } v
        ? v.ToString(CultureInfo.InvariantCulture)
        : Complementary ? "x" : "<" + MinimumCellSize.ToString(CultureInfo.InvariantCulture);

    /// <summary>This count withheld to protect another cell.</summary>
    public CellCount Hidden() => new(null, MinimumCellSize) { Complementary = true };

    /// <summary>Applies small-cell suppression: counts below <paramref name="minimumCellSize"/> (including 0) are withheld.</summary>
    public static CellCount Of(int count, int minimumCellSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumCellSize);
        return new CellCount(count < minimumCellSize ? null : count, minimumCellSize);
    }

    /// <inheritdoc/>
    public override string ToString() => Display;
}

using System.Reflection;
using Mestring.Oversight;

namespace Mestring.Application.Oversight;

/// <summary>
/// The price index the takster are indexed with: the table shipped with the project (Oversight/Data/price-index.csv,
/// embedded) or a newer file given by the caller.
/// </summary>
public static class OversightPriceIndex
{
    private static readonly Lazy<PriceIndex> Shipped = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Mestring.Application.Oversight.price-index.csv")
            ?? throw new InvalidOperationException("The shipped price index is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return PriceIndex.Parse(reader.ReadToEnd());
    });

    /// <summary>The shipped table.</summary>
    public static PriceIndex Default => Shipped.Value;

    /// <summary>The table in <paramref name="path"/>, or the shipped one when null; a bad file is an Invalid error naming the line.</summary>
    public static Result<PriceIndex> Load(string? path)
    {
        if (path is null)
        {
            return Default;
        }
        if (!File.Exists(path))
        {
            return new Error(ErrorKind.Invalid, "price-index-missing", $"the price index file '{path}' does not exist.");
        }
        try
        {
            return PriceIndex.Parse(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            return new Error(ErrorKind.Invalid, "price-index-invalid", e.Message);
        }
    }
}

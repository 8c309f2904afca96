using System.Globalization;

namespace Mestring.Synthetic;

/// <summary>
/// Pseudonymous ids of the synthetic municipality: a letter and a zero-padded number, so that ordinal order (the
/// canonical file order) equals creation order.
/// </summary>
public static class Ids
{
    /// <summary>Person id, e.g. P00000001.</summary>
    public static string Person(int index) => Format('P', index, 8);

    /// <summary>Household id, e.g. H00000001.</summary>
    public static string Household(int index) => Format('H', index, 8);

    /// <summary>Service id, e.g. S00000001.</summary>
    public static string Service(int index) => Format('S', index, 8);

    /// <summary>Invoice line id, e.g. I000000001.</summary>
    public static string Invoice(int index) => Format('I', index, 9);

    /// <summary>Provider id, e.g. T00001.</summary>
    public static string Provider(int index) => Format('T', index, 5);

    /// <summary>Owner id, e.g. O00001.</summary>
    public static string Owner(int index) => Format('O', index, 5);

    /// <summary>Leader id, e.g. L00001.</summary>
    public static string Leader(int index) => Format('L', index, 5);

    /// <summary>Area (school district / housing area) name, e.g. D07.</summary>
    public static string Area(int index) => Format('D', index, 2);

    /// <summary>The numeric index of a person id written by <see cref="Person"/>.</summary>
    public static int PersonIndex(string id) => int.Parse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture) - 1;

    private static string Format(char prefix, int index, int width) =>
        string.Create(width + 1, (prefix, index + 1), static (span, s) =>
        {
            span[0] = s.prefix;
            var v = s.Item2;
            for (var i = span.Length - 1; i >= 1; i--)
            {
                span[i] = (char)('0' + (v % 10));
                v /= 10;
            }
        });
}

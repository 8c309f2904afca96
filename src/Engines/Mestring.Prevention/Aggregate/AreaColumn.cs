namespace Mestring.Prevention.Aggregate;

/// <summary>
/// An area (school district, housing area, …) per person, stored as a code per person index plus the names.
/// Supplied by the caller, who knows the municipality's geography; the register extract does not carry it.
/// </summary>
public sealed class AreaColumn
{
    /// <summary>The name used for persons without an area.</summary>
    public const string UnknownArea = "(ukendt)";

    private readonly int[] _code;
    private readonly string[] _names;

    /// <summary>Creates a column from codes (-1 = unknown) and names (index = code).</summary>
    public AreaColumn(int[] codePerPerson, string[] names)
    {
        ArgumentNullException.ThrowIfNull(codePerPerson);
        ArgumentNullException.ThrowIfNull(names);
        foreach (var c in codePerPerson)
        {
            if (c < -1 || c >= names.Length)
            {
                throw new ArgumentException("Area code out of range.", nameof(codePerPerson));
            }
        }

        _code = codePerPerson;
        _names = names;
    }

    /// <summary>Number of persons covered.</summary>
    public int PersonCount => _code.Length;

    /// <summary>Area names; index = code.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Builds the column from one area name per person (null or empty = unknown); codes follow first appearance.</summary>
    public static AreaColumn FromNames(IReadOnlyList<string?> areaPerPerson)
    {
        ArgumentNullException.ThrowIfNull(areaPerPerson);
        var codes = new int[areaPerPerson.Count];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        for (var p = 0; p < codes.Length; p++)
        {
            var name = areaPerPerson[p];
            if (string.IsNullOrEmpty(name))
            {
                codes[p] = -1;
                continue;
            }

            if (!map.TryGetValue(name, out var code))
            {
                code = names.Count;
                map.Add(name, code);
                names.Add(name);
            }

            codes[p] = code;
        }

        return new AreaColumn(codes, [.. names]);
    }

    /// <summary>The area code of a person (-1 unknown).</summary>
    public int CodeOf(int person) => _code[person];

    /// <summary>The area name of a person (<see cref="UnknownArea"/> when unknown).</summary>
    public string NameOf(int person) => _code[person] < 0 ? UnknownArea : _names[_code[person]];
}

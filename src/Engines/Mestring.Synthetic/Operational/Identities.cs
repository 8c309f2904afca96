using System.Globalization;
using Mestring.Registers;
using Mestring.Numerics;

namespace Mestring.Synthetic.Operational;

/// <summary>
/// Synthetic but valid identities: a CPR number consistent with birth date and sex (CPR-kontoret's century table,
/// odd last digit for men), unique within the municipality, and a name drawn from common Danish names.
/// </summary>
internal sealed class Identities(ulong seed)
{
    private static readonly string[] Women =
    [
        "Anne", "Kirsten", "Hanne", "Mette", "Anna", "Helle", "Susanne", "Lene", "Maria", "Marianne", "Lone", "Camilla", "Pia",
        "Louise", "Charlotte", "Tina", "Gitte", "Ida", "Emma", "Julie", "Sofie", "Freja", "Clara", "Laura", "Karen", "Birgitte",
        "Rikke", "Signe", "Maja", "Nanna", "Cecilie", "Amalie",
    ];

    private static readonly string[] Men =
    [
        "Peter", "Michael", "Jens", "Lars", "Thomas", "Henrik", "Søren", "Christian", "Martin", "Jan", "Morten", "Jesper",
        "Anders", "Niels", "Mads", "Rasmus", "Mikkel", "Frederik", "Jonas", "Kasper", "Oliver", "William", "Noah", "Lucas",
        "Emil", "Magnus", "Victor", "Ole", "Bo", "Kim", "Poul", "Carl",
    ];

    private static readonly string[] Surnames =
    [
        "Nielsen", "Jensen", "Hansen", "Andersen", "Pedersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
        "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen",
        "Knudsen", "Jakobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Holm", "Schmidt",
        "Eriksen", "Kristiansen", "Simonsen", "Clausen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Vestergaard", "Berg",
    ];

    private readonly SeededRandom _names = SeededRandom.Derive(seed, 21);
    private readonly Dictionary<(int Day, Sex Sex), int> _issued = [];

    /// <summary>The next CPR for a person born on <paramref name="birth"/> with <paramref name="sex"/>; never the same twice.</summary>
    public string Cpr(DateOnly birth, Sex sex)
    {
        var centuryDigits = CenturyDigits(birth.Year);
        var key = (birth.DayNumber, sex);
        _issued.TryGetValue(key, out var n);
        _issued[key] = n + 1;
        // Serial = century digit, two free digits, a last digit of the sex's parity: 5 × 100 × |century digits| numbers per day and sex.
        var capacity = centuryDigits.Length * 500;
        if (n >= capacity)
        {
            throw new InvalidOperationException($"More than {capacity} CPR numbers for one birth date and sex.");
        }
        // A per-day offset spreads the serials (deterministic in the seed and the day, not in the order of issue).
        var offset = (int)(Mix(seed ^ (((ulong)birth.DayNumber << 1) | (sex == Sex.M ? 1UL : 0UL))) % (ulong)capacity);
        var k = (offset + n) % capacity;
        var century = centuryDigits[k / 500];
        var middle = k % 500 / 5;
        var last = k % 5 * 2 + (sex == Sex.M ? 1 : 0);
        return string.Create(CultureInfo.InvariantCulture, $"{birth.Day:00}{birth.Month:00}{birth.Year % 100:00}{century}{middle:00}{last}");
    }

    public string Name(Sex sex)
    {
        var first = sex == Sex.F ? Women[_names.NextIntModulo(Women.Length)] : Men[_names.NextIntModulo(Men.Length)];
        return first + " " + Surnames[_names.NextIntModulo(Surnames.Length)];
    }

    // CPR-kontoret: 0–3 → 1900–1999; 4 and 9 → 2000–2036 (yy ≤ 36); 5–8 → 2000–2057 (yy ≤ 57) or 1858–1899.
    private static int[] CenturyDigits(int year) => year switch
    {
        >= 1900 and <= 1999 => [0, 1, 2, 3],
        >= 2000 and <= 2036 => [4, 9, 5, 6, 7, 8],
        >= 2037 and <= 2057 => [5, 6, 7, 8],
        >= 1858 and <= 1899 => [5, 6, 7, 8],
        _ => throw new ArgumentOutOfRangeException(nameof(year), year, "No CPR century for this birth year."),
    };

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

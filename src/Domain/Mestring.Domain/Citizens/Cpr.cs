using System.Globalization;

namespace Mestring.Domain.Citizens;

/// <summary>
/// A Danish CPR number: 10 digits DDMMYY-SSSS, a real date, century from the 7th digit (CPR-kontoret's table).
/// No modulus-11 check: numbers issued since 2007 need not satisfy it.
/// </summary>
public readonly record struct Cpr
{
    private Cpr(string digits, DateOnly birthDate)
    {
        Digits = digits;
        BirthDate = birthDate;
    }

    public string Digits { get; }

    public DateOnly BirthDate { get; }

    /// <summary>Odd last digit: man; even: woman.</summary>
    public char Sex => (Digits[9] - '0') % 2 == 1 ? 'M' : 'F';

    public static bool TryParse(string? text, out Cpr cpr, out string? error)
    {
        cpr = default;
        var digits = (text ?? "").Replace("-", "", StringComparison.Ordinal).Trim();
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            error = "CPR must be 10 digits (DDMMYY-SSSS)";
            return false;
        }
        var day = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var yy = int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var seventh = digits[6] - '0';
        var year = Century(seventh, yy) + yy;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = "CPR does not start with a real date (DDMMYY)";
            return false;
        }
        cpr = new Cpr(digits, new DateOnly(year, month, day));
        error = null;
        return true;
    }

    public static Cpr Parse(string text) =>
        TryParse(text, out var cpr, out var error) ? cpr : throw Common.ValidationException.For("cpr", error!);

    // CPR-kontoret: the 7th digit and the year decide the century.
    private static int Century(int seventh, int yy) => seventh switch
    {
        0 or 1 or 2 or 3 => 1900,
        4 or 9 => yy <= 36 ? 2000 : 1900,
        _ => yy <= 57 ? 2000 : 1800,
    };

    /// <summary>Shown as DDMMYY-SSSS; never logged.</summary>
    public override string ToString() => $"{Digits[..6]}-{Digits[6..]}";
}

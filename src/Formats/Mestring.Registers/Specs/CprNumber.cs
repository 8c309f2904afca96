using System.Globalization;
using Mestring.Registers.Csv;

namespace Mestring.Registers.Specs;

/// <summary>
/// persons.csv's optional <c>cpr</c>: 10 digits (a hyphen after the sixth is allowed), a real date DDMMYY with the century
/// from the seventh digit (CPR-kontoret's table), equal to birth_date, and the last digit's parity equal to sex (odd = M).
/// No modulus-11 check: numbers issued since 2007 need not satisfy it.
/// </summary>
internal static class CprNumber
{
    public static string? Check(RowParser p, int col, DateOnly birth, Sex sex)
    {
        var text = p.Optional(col);
        if (text is null)
        {
            return null;
        }
        var digits = text.Length == 11 && text[6] == '-' ? text.Remove(6, 1) : text;
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            throw p.Error(col, $"'{text}' is not a CPR number (10 digits, DDMMYY-SSSS)", RegisterErrorKind.OutOfRange);
        }
        var day = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var yy = int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var year = Century(digits[6] - '0', yy) + yy;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || new DateOnly(year, month, day) != birth)
        {
            throw p.Error(col, $"CPR '{text}' does not match birth_date {birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", RegisterErrorKind.OutOfRange);
        }
        if ((digits[9] - '0') % 2 == 1 != (sex == Sex.M))
        {
            throw p.Error(col, $"CPR '{text}' does not match sex {Codes.Of(sex)} (the last digit is odd for M, even for F)", RegisterErrorKind.OutOfRange);
        }
        return digits;
    }

    private static int Century(int seventh, int yy) => seventh switch
    {
        0 or 1 or 2 or 3 => 1900,
        4 or 9 => yy <= 36 ? 2000 : 1900,
        _ => yy <= 57 ? 2000 : 1800,
    };
}

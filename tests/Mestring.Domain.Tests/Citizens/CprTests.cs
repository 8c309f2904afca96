using Mestring.Domain.Citizens;

namespace Mestring.Domain.Tests.Citizens;

public class CprTests
{
    [Theory]
    [InlineData("1505921234", 1992, 5, 15)]   // 7th digit 1: 1900s
    [InlineData("150592-1234", 1992, 5, 15)]  // the dash is allowed
    [InlineData("0101104234", 2010, 1, 1)]    // 7th digit 4, year ≤ 36: 2000s
    [InlineData("0101404234", 1940, 1, 1)]    // 7th digit 4, year > 36: 1900s
    [InlineData("0101205234", 2020, 1, 1)]    // 7th digit 5–8, year ≤ 57: 2000s
    [InlineData("0101605234", 1860, 1, 1)]    // 7th digit 5–8, year > 57: 1800s
    [InlineData("0101909234", 1990, 1, 1)]    // 7th digit 9, year > 36: 1900s
    [InlineData("2902004234", 2000, 2, 29)]   // a leap day
    public void Parse_TakesTheCenturyFromTheSeventhDigit(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Cpr.Parse(text).BirthDate);
    }

    [Theory]
    [InlineData("123456789", "10 digits")]
    [InlineData("12345678901", "10 digits")]
    [InlineData("15059A1234", "10 digits")]
    [InlineData("3202921234", "real date")]
    [InlineData("2902011234", "real date")] // 1901 is not a leap year
    [InlineData("0013921234", "real date")]
    public void TryParse_RejectsWhatIsNotACpr(string text, string reason)
    {
        Assert.False(Cpr.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DoesNotRequireModulus11()
    {
        // 010190-1235 fails the old modulus-11 check but has been a valid number since 2007.
        Assert.True(Cpr.TryParse("0101901235", out _, out _));
    }

    [Fact]
    public void Sex_IsOddForMen()
    {
        Assert.Equal('M', Cpr.Parse("0101901235").Sex);
        Assert.Equal('F', Cpr.Parse("0101901234").Sex);
    }

    [Fact]
    public void Register_TakesBirthDateAndSexFromTheCpr()
    {
        var citizen = Citizen.Register(Guid.NewGuid(), "P1", "1505921234", "Sara Jensen");
        Assert.Equal(new DateOnly(1992, 5, 15), citizen.BirthDate);
        Assert.Equal('F', citizen.Sex);
        Assert.Equal(34, citizen.AgeOn(new DateOnly(2026, 11, 22)));
        Assert.Equal(33, citizen.AgeOn(new DateOnly(2026, 5, 14)));
    }
}

using Mestring.Prevention.Factors;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Tests.Screen;

public class IndicatorTests
{
    private static (World World, string Child) WithNotification(DateOnly date)
    {
        var w = new World().Background();
        var child = w.Family("A", income: 600_000);
        w.Event(child, date, "notification");
        return (w, child);
    }

    [Fact]
    public void DisabledIndicator_IsNeitherEvaluatedNorShown()
    {
        var (w, child) = WithNotification(new DateOnly(2025, 3, 1));

        var result = w.Screen();

        Assert.Empty(result.KeysOf(child));
        Assert.Equal(4, result.Factors.Count);
    }

    [Fact]
    public void EnabledNotificationIndicator_FlagsANotificationWithinTwelveMonths()
    {
        var (w, child) = WithNotification(new DateOnly(2025, 3, 1));

        var result = w.Screen(o => o with { Indicators = [FactorCatalog.Notifications.WithEnabled(true)] });

        Assert.Equal([FactorKeys.Notifications], result.KeysOf(child));
        Assert.Equal(1, result.Score[result.Row(child)]);
        Assert.Equal(4, result.BitOf(FactorKeys.Notifications));
    }

    [Fact]
    public void NotificationOlderThanTwelveMonths_DoesNotCount()
    {
        var (w, child) = WithNotification(new DateOnly(2024, 6, 1));

        var result = w.Screen(o => o with { Indicators = [FactorCatalog.Notifications.WithEnabled(true)] });

        Assert.Empty(result.KeysOf(child));
    }

    [Fact]
    public void SchoolAbsence_SumsAbsenceDaysOfTheLastCompletedSchoolYear()
    {
        var w = new World().Background();
        var many = w.Family("A", income: 600_000);
        var few = w.Family("B", income: 600_000);
        w.Event(many, new DateOnly(2023, 9, 1), "school_absence_day", 30); // school year 2023/24: completed
        w.Event(many, new DateOnly(2024, 10, 1), "school_absence_day", 12);
        w.Event(many, new DateOnly(2025, 2, 1), "school_absence_day", 10);
        w.Event(few, new DateOnly(2024, 10, 1), "school_absence_day", 19);

        // As of 1 August 2025 the school year 2024/25 is complete.
        var result = Screening.Run(w.Build(), new ScreeningOptions
        {
            AsOf = new DateOnly(2025, 8, 1),
            Indicators = [FactorCatalog.Notifications, FactorCatalog.SchoolAbsence.WithEnabled(true)],
        });

        Assert.Equal([FactorKeys.SchoolAbsence], result.KeysOf(many));
        Assert.Empty(result.KeysOf(few));
    }
}

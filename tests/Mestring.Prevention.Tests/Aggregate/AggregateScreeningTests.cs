using Mestring.Prevention.Aggregate;
using Mestring.Prevention.Factors;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Tests.Aggregate;

public class AggregateScreeningTests
{
    [Fact]
    public void CountsBelowFive_AreShownAsLessThanFive_AndTheValueIsWithheld()
    {
        Assert.Equal("<5", CellCount.Of(4, 5).Display);
        Assert.Null(CellCount.Of(4, 5).Value);
        Assert.Equal("<5", CellCount.Of(0, 5).Display);
        Assert.Equal("5", CellCount.Of(5, 5).Display);
        Assert.Equal(5, CellCount.Of(5, 5).Value);
    }

    [Fact]
    public void AreaCounts_CountChildrenPerFactorAndAtLeastK_WithSuppression()
    {
        var w = new World().Background(); // nine low-income families without an area
        var areaOf = new Dictionary<string, string>(StringComparer.Ordinal);
        // North: 6 children living with the mother only (1 factor each); South: 3 children with no factors.
        for (var i = 0; i < 6; i++)
        {
            var c = w.Family("N" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), income: 600_000);
            w.Lives(c[..^2] + "-f", "elsewhere" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            areaOf[c] = "Nord";
        }

        for (var i = 0; i < 3; i++)
        {
            areaOf[w.Family("S" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), income: 600_000)] = "Syd";
        }

        var pop = w.Build();
        var names = new string?[pop.PersonCount];
        for (var p = 0; p < pop.PersonCount; p++)
        {
            names[p] = areaOf.GetValueOrDefault(pop.PersonId(p));
        }

        var result = AggregateScreening.Run(pop, new ScreeningOptions { AsOf = w.AsOf }, AreaColumn.FromNames(names));

        var north = result.Areas.Single(a => a.Area == "Nord");
        var south = result.Areas.Single(a => a.Area == "Syd");
        var unknown = result.Areas.Single(a => a.Area == AreaColumn.UnknownArea);
        var living = result.FactorKeys.ToList().IndexOf(FactorKeys.NotLivingWithBothParents);
        Assert.Equal("<5", south.Children.Display);
        Assert.False(south.Children.Complementary);
        // South's 3 would be the total (18) minus North (6) and the unknown area (9): the smallest visible cell, North's 6,
        // is withheld as well, marked as withheld to protect another cell, not as small.
        Assert.True(north.Children.Complementary);
        Assert.Null(north.Children.Value);
        Assert.Equal("x", north.Children.Display);
        Assert.Equal(9, unknown.Children.Value);
        Assert.Equal(18, result.Total.Children.Value);
        Assert.True(north.AtLeast[0].Complementary); // South's 0 would otherwise be total − North − unknown
        Assert.True(north.AtLeast[1].Suppressed);
        Assert.True(north.WithFactor[living].Value == 6 || north.WithFactor[living].Complementary);
        // In every column either nothing is withheld or at least two cells are, so no single one equals total − visible.
        var columns = result.Areas[0].WithFactor.Count + result.Areas[0].AtLeast.Count + 1;
        for (var c = 0; c < columns; c++)
        {
            var withheld = result.Areas.Count(a => new[] { a.Children }.Concat(a.WithFactor).Concat(a.AtLeast).ElementAt(c).Suppressed);
            Assert.NotEqual(1, withheld);
        }
        Assert.Equal(4, result.MaxK);
    }
}

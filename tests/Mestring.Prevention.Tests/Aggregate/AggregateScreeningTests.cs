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
        var living = result.FactorKeys.ToList().IndexOf(FactorKeys.NotLivingWithBothParents);
        Assert.Equal(6, north.Children.Value);
        Assert.Equal(6, north.WithFactor[living].Value);
        Assert.Equal(6, north.AtLeast[0].Value);
        Assert.True(north.AtLeast[1].Suppressed);
        Assert.Equal("<5", south.Children.Display);
        Assert.Equal(9, result.Areas.Single(a => a.Area == AreaColumn.UnknownArea).Children.Value);
        Assert.Equal(18, result.Total.Children.Value);
        Assert.Equal(4, result.MaxK);
    }
}

using Mestring.Economics.Calculation;
using Mestring.Economics.Catalogue;
using Mestring.Economics.Cases;

namespace Mestring.Economics.Tests.Catalogue;

public class CatalogueTests
{
    private static readonly KnowledgeCatalogue Catalogue = KnowledgeCatalogue.Default;

    [Theory]
    [InlineData("herberg_nat")]
    [InlineData("botilbud_107_dag")]
    [InlineData("botilbud_108_dag")]
    [InlineData("sel85_time")]
    [InlineData("akut_indlaeggelse")]
    [InlineData("psykiatrisk_kontakt")]
    [InlineData("skadestue_besoeg")]
    [InlineData("kontanthjaelp_aar")]
    [InlineData("foertidspension_aar")]
    [InlineData("beskaeftiget_aar")]
    [InlineData("anbringelse_doegn")]
    public void ShippedCatalogue_HasOutcomeWithSourcePriceYearAndSe(string id)
    {
        var outcome = Catalogue.Outcome(id);

        Assert.False(string.IsNullOrWhiteSpace(outcome.Source));
        Assert.True(outcome.Indicative);
        Assert.InRange(outcome.PriceYear, 2015, 2026);
        Assert.NotEmpty(outcome.Prices);
        Assert.All(outcome.Prices, p => Assert.True(p.Se > 0));
    }

    [Fact]
    public void IncomeTax_IsNegativeUnitCostForKommuneAndStat() =>
        Assert.All(Catalogue.Outcome("beskaeftiget_aar").Prices, p => Assert.True(p.UnitCost < 0));

    [Theory]
    [InlineData("housing_first")]
    [InlineData("cti")]
    [InlineData("ips")]
    [InlineData("fit")]
    [InlineData("familieorienteret_alkoholbehandling")]
    [InlineData("pmto")]
    [InlineData("de_utrolige_aar")]
    [InlineData("mst")]
    public void ShippedCatalogue_HasMethodWithDefaultEffectsOnKnownOutcomes(string id)
    {
        var method = Catalogue.Method(id);

        Assert.NotEmpty(method.Effects);
        Assert.All(method.Effects, e =>
        {
            Assert.True(e.IsDefault);
            Assert.False(string.IsNullOrWhiteSpace(e.Source));
            Assert.True(e.Se > 0);
            Assert.NotNull(e.RelativeChange);
            _ = Catalogue.Outcome(e.Outcome);
        });
    }

    [Fact]
    public void PriceIndex_CoversFifteenToTwentySix_AndConvertsBetweenYears()
    {
        var index = Catalogue.PriceIndex;

        Assert.All(Enumerable.Range(2015, 12), year => Assert.True(index.Covers(year)));
        Assert.Equal(1, index.Index(2020, 2020));
        Assert.Equal(index.Values[2025] / index.Values[2015], index.Index(2015, 2025), 1e-15);
        Assert.Equal(1 / index.Index(2015, 2025), index.Index(2025, 2015), 1e-15);
        Assert.Equal(100 * index.Index(2024, 2026), index.Convert(100, 2024, 2026), 1e-12);
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Index(1990, 2025));
    }

    [Fact]
    public void Catalogue_RoundTripsThroughJson()
    {
        var copy = KnowledgeCatalogue.Parse(Catalogue.ToJson());

        Assert.Equal(Catalogue.Outcomes.Count, copy.Outcomes.Count);
        Assert.Equal(Catalogue.Outcome("herberg_nat").Prices, copy.Outcome("herberg_nat").Prices);
        Assert.Equal(Catalogue.PriceIndex.Values[2024], copy.PriceIndex.Values[2024]);
    }

    [Fact]
    public void Builder_ComposesAValidCaseFromMethodOutcomesAndBaselines()
    {
        var c = new InvestmentCaseBuilder(priceYear: 2025)
            .Named("Housing First")
            .WithParticipants(40)
            .WithSuccessRate(0.7)
            .WithCost("kommune.social", 0, 2, 60000)
            .WithMethod("housing_first")
            .WithOutcome("herberg_nat", 120)
            .WithOutcome("skadestue_besoeg", 2)
            .Build();

        Assert.Equal(2025, c.PriceYear);
        Assert.Equal(["herberg_nat", "skadestue_besoeg"], c.Effects.Select(e => e.Outcome));
        Assert.All(c.Effects, e => Assert.Equal(InvestmentCaseBuilder.CatalogueSource, e.EffectSource));
        var herberg = c.Outcomes[0].Prices[0];
        var catalogued = Catalogue.Outcome("herberg_nat").Prices[0].UnitCost;
        Assert.Equal(catalogued * Catalogue.PriceIndex.Index(2024, 2025), herberg.UnitCost, 1e-9);
        Assert.True(InvestmentEngine.Npv(c) > 0);
    }

    [Fact]
    public void BuiltCase_SavesAndReadsBackWithItsEffectSources()
    {
        var built = new InvestmentCaseBuilder(2025)
            .WithParticipants(20)
            .WithCost("kommune.beskaeftigelse", 0, 1, 30000)
            .WithMethod("ips")
            .WithOutcome("beskaeftiget_aar", 0.1)
            .WithOutcome("kontanthjaelp_aar", 0.8)
            .Build();

        var (read, errors) = InvestmentCaseReader.Parse(InvestmentCaseWriter.ToJson(built));

        Assert.Empty(errors);
        Assert.Equal(InvestmentEngine.Npv(built), InvestmentEngine.Npv(read!));
        Assert.All(read!.Effects, e => Assert.Equal("catalogue", e.EffectSource));
        Assert.Equal(built.Outcomes[0].Label, read.Outcomes[0].Label);
    }

    [Fact]
    public void Builder_LocalEffectReplacesTheCatalogueEffect()
    {
        var c = new InvestmentCaseBuilder(2024)
            .WithParticipants(10)
            .WithMethod("housing_first")
            .WithOutcome("herberg_nat", Baseline.OfYears([100, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10]))
            .WithLocalEffect(new Effect { Outcome = "herberg_nat", RelativeChange = -0.4, Se = 0.08, FromYear = 1, ToYear = 10 })
            .Build();

        var effect = Assert.Single(c.Effects);
        Assert.Equal(-0.4, effect.RelativeChange);
        Assert.Equal(InvestmentCaseBuilder.LocalSource, effect.EffectSource);
    }

    [Fact]
    public void Builder_CutsCatalogueEffectsAtTheHorizon()
    {
        var c = new InvestmentCaseBuilder(2024)
            .WithHorizon(3)
            .WithParticipants(10)
            .WithMethod("housing_first")
            .WithOutcome("herberg_nat", 100)
            .Build();

        Assert.Equal(3, c.Effects.Single().ToYear);
    }

    [Fact]
    public void Builder_ReportsWhatBaselinesAMethodNeeds() =>
        Assert.Equal(["herberg_nat", "skadestue_besoeg", "akut_indlaeggelse"], new InvestmentCaseBuilder(2024).OutcomesOf("housing_first"));

    [Fact]
    public void Builder_RejectsUnknownCatalogueIds()
    {
        Assert.Throws<KeyNotFoundException>(() => new InvestmentCaseBuilder(2024).WithMethod("nope"));
        Assert.Throws<KeyNotFoundException>(() => new InvestmentCaseBuilder(2024).WithOutcome("nope", 1));
    }

    [Fact]
    public void Builder_ThrowsForInvalidCase() =>
        Assert.Throws<InvalidInvestmentCaseException>(() => new InvestmentCaseBuilder(2024).WithParticipants(-1).Build());
}

using Mestring.Economics.Catalogue;

namespace Mestring.Economics.Tests.Catalogue;

/// <summary>The one rule set for a catalogue: paths, codes and the numbers involved.</summary>
public class CatalogueValidatorTests
{
    private static readonly KnowledgeCatalogue Default = KnowledgeCatalogue.Default;

    [Fact]
    public void ShippedCatalogue_IsValid()
    {
        Assert.Empty(CatalogueValidator.Validate(Default));
        var (parsed, errors) = CatalogueValidator.Parse(KnowledgeCatalogue.DefaultJson());
        Assert.NotNull(parsed);
        Assert.Empty(errors);
    }

    [Fact]
    public void MalformedJson_GivesItsLineAndPosition()
    {
        var (parsed, errors) = CatalogueValidator.Parse("{\n  \"catalogueVersion\": ,\n}");
        Assert.Null(parsed);
        var error = Assert.Single(errors);
        Assert.Equal(CatalogueErrorCodes.MalformedJson, error.Code);
        Assert.Equal(2, error.Number(0));
    }

    [Fact]
    public void BrokenOutcome_GivesEveryProblemWithItsPath()
    {
        var first = Default.Outcomes[0];
        var broken = first with
        {
            Id = "Bad Id",
            Unit = "",
            Source = " ",
            PriceYear = 1900,
            Prices = [new CataloguePrice("kommune.social", double.NaN, -1), new CataloguePrice("kommune.social", 1, null), new CataloguePrice("Region Sundhed", 1, null)],
        };
        var errors = CatalogueValidator.Validate(Default with { Outcomes = [broken, .. Default.Outcomes.Skip(1)] });

        Assert.Contains(errors, e => e is { Path: "$.outcomes[0].id", Code: CatalogueErrorCodes.InvalidId, Value: "Bad Id" });
        Assert.Contains(errors, e => e is { Path: "$.outcomes[0].unit", Code: CatalogueErrorCodes.Required });
        Assert.Contains(errors, e => e is { Path: "$.outcomes[0].source", Code: CatalogueErrorCodes.Required });
        var year = Assert.Single(errors, e => e.Code == CatalogueErrorCodes.PriceYearNotIndexed);
        Assert.Equal("$.outcomes[0].priceYear", year.Path);
        Assert.Equal([1900, Default.PriceIndex.Values.Keys.Min(), Default.PriceIndex.Values.Keys.Max()], year.Numbers!);
        Assert.Contains(errors, e => e is { Path: "$.outcomes[0].prices[0].unitCost", Code: CatalogueErrorCodes.NotANumber });
        Assert.Contains(errors, e => e is { Path: "$.outcomes[0].prices[0].se", Code: CatalogueErrorCodes.Negative });
        Assert.Contains(errors, e => e is { Path: "$.outcomes[0].prices[1].holder", Code: CatalogueErrorCodes.DuplicateHolder, Value: "kommune.social" });
        Assert.Contains(errors, e => e is { Path: "$.outcomes[0].prices[2].holder", Code: CatalogueErrorCodes.InvalidHolder });
        // The methods' effects on the renamed outcome now point at an id the catalogue does not have.
        Assert.Contains(errors, e => e.Code == CatalogueErrorCodes.UnknownOutcome && e.Value == first.Id);
    }

    [Fact]
    public void BrokenEffect_GivesCodesAndTheYears()
    {
        var method = Default.Methods[0];
        var effect = method.Effects[0] with { RelativeChange = -1.5, AbsoluteChange = null, FromYear = 3, ToYear = 1, DecayPerYear = 2, Se = -0.1, Source = "" };
        var errors = CatalogueValidator.Validate(Default with { Methods = [method with { Effects = [effect, .. method.Effects.Skip(1)] }, .. Default.Methods.Skip(1)] });
        var at = "$.methods[0].effects[0]";

        Assert.Contains(errors, e => e is { Code: CatalogueErrorCodes.BelowMinusOne } && e.Path == at + ".relativeChange");
        var years = Assert.Single(errors, e => e.Code == CatalogueErrorCodes.YearOrder);
        Assert.Equal(at + ".toYear", years.Path);
        Assert.Equal([3, 1], years.Numbers!);
        Assert.Contains(errors, e => e.Code == CatalogueErrorCodes.DecayRange && e.Path == at + ".decayPerYear");
        Assert.Contains(errors, e => e.Code == CatalogueErrorCodes.Negative && e.Path == at + ".se");
        Assert.Contains(errors, e => e.Code == CatalogueErrorCodes.Required && e.Path == at + ".source");
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public void EffectWithBothChanges_AndDuplicateMethod()
    {
        var method = Default.Methods[0];
        var effect = method.Effects[0] with { RelativeChange = -0.2, AbsoluteChange = -1 };
        var errors = CatalogueValidator.Validate(Default with { Methods = [method with { Effects = [effect] }, method] });

        Assert.Contains(errors, e => e is { Path: "$.methods[0].effects[0]", Code: CatalogueErrorCodes.ChangeChoice });
        Assert.Contains(errors, e => e is { Path: "$.methods[1].id", Code: CatalogueErrorCodes.DuplicateMethod });
    }

    [Fact]
    public void MissingLists_AreReportedAtTheTop()
    {
        var errors = CatalogueValidator.Validate(Default with { CatalogueVersion = "", Outcomes = [], Methods = null! });
        Assert.Equal(["$.catalogueVersion", "$.outcomes", "$.methods"], errors.Select(e => e.Path));
        Assert.Equal([CatalogueErrorCodes.Required, CatalogueErrorCodes.NoOutcomes, CatalogueErrorCodes.MethodsMissing], errors.Select(e => e.Code));
    }
}

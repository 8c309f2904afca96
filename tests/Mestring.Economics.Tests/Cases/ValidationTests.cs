using Mestring.Economics.Cases;

namespace Mestring.Economics.Tests.Cases;

public class ValidationTests
{
    private const string Outcome = """{ "id": "o", "baselinePerParticipant": 1, "prices": [ { "holder": "stat", "unitCost": 10 } ] }""";
    private const string Effect = """{ "outcome": "o", "relativeChange": -0.5, "fromYear": 1, "toYear": 3 }""";

    private static string Case(string top = "", string? costs = null, string? outcomes = null, string? effects = null) => $$"""
        { "horizonYears": 5, "participants": 10 {{top}},
          "costs": [ {{costs ?? """{ "holder": "kommune", "fromYear": 0, "toYear": 0, "perParticipant": 100 }"""}} ],
          "outcomes": [ {{outcomes ?? Outcome}} ],
          "effects": [ {{effects ?? Effect}} ] }
        """;

    private static CaseError Single(string json)
    {
        var (c, errors) = InvestmentCaseReader.Parse(json);
        Assert.Null(c);
        return Assert.Single(errors);
    }

    [Fact]
    public void ValidBaseCase_HasNoErrors() =>
        Assert.Empty(InvestmentCaseReader.Parse(Case()).Errors);

    [Fact]
    public void NegativeParticipants_IsReportedAtParticipants()
    {
        var error = Single("""{ "horizonYears": 5, "participants": -1 }""");

        Assert.Equal("$.participants", error.Path);
        Assert.Equal(CaseErrorCodes.OutOfRange, error.Code);
        Assert.Equal("must not be negative (was -1)", error.Message);
    }

    [Theory]
    [InlineData("successRate", "1.2")]
    [InlineData("successRate", "-0.1")]
    [InlineData("deadweight", "1.5")]
    [InlineData("discountRate", "-0.01")]
    [InlineData("discountRate", "3.5")]
    public void RateOutsideZeroToOne_IsReportedWithItsPath(string field, string value)
    {
        var error = Single(Case($""", "{field}": {value}"""));

        Assert.Equal("$." + field, error.Path);
        Assert.Equal(CaseErrorCodes.OutOfRange, error.Code);
        Assert.Equal($"must be between 0 and 1 (was {value})", error.Message);
    }

    [Fact]
    public void DecayOutsideZeroToOne_IsReportedOnTheEffect()
    {
        var error = Single(Case(effects: """{ "outcome": "o", "relativeChange": -0.5, "fromYear": 1, "toYear": 3, "decayPerYear": 1.1 }"""));

        Assert.Equal("$.effects[0].decayPerYear", error.Path);
        Assert.Equal("must be between 0 and 1 (was 1.1)", error.Message);
    }

    [Fact]
    public void CostYearBeyondHorizon_IsReportedAtThatYear()
    {
        var error = Single(Case(costs: """{ "holder": "kommune", "fromYear": 2, "toYear": 6, "perParticipant": 1 }"""));

        Assert.Equal("$.costs[0].toYear", error.Path);
        Assert.Equal(CaseErrorCodes.OutOfRange, error.Code);
        Assert.Equal("year must be between 0 and horizonYears (5) (was 6)", error.Message);
    }

    [Fact]
    public void NegativeEffectYear_IsReportedAtThatYear()
    {
        var error = Single(Case(effects: """{ "outcome": "o", "relativeChange": -0.5, "fromYear": -1, "toYear": 3 }"""));

        Assert.Equal("$.effects[0].fromYear", error.Path);
        Assert.Equal("year must be between 0 and horizonYears (5) (was -1)", error.Message);
    }

    [Fact]
    public void FromYearAfterToYear_IsReportedAtFromYear()
    {
        var error = Single(Case(effects: Effect + """, { "outcome": "o", "relativeChange": -0.5, "fromYear": 4, "toYear": 2 }"""));

        Assert.Equal("$.effects[1].fromYear", error.Path);
        Assert.Equal(CaseErrorCodes.YearOrder, error.Code);
        Assert.Equal("fromYear (4) must not be after toYear (2)", error.Message);
    }

    [Fact]
    public void EffectOnUnknownOutcome_IsReportedAtItsOutcome()
    {
        var error = Single(Case(effects: Effect + """, { "outcome": "herberg", "relativeChange": -0.5, "fromYear": 1, "toYear": 2 }"""));

        Assert.Equal("$.effects[1].outcome", error.Path);
        Assert.Equal(CaseErrorCodes.UnknownOutcome, error.Code);
        Assert.Equal("unknown outcome 'herberg': it is not among the ids in $.outcomes", error.Message);
    }

    [Theory]
    [InlineData("""{ "id": "o", "baselinePerParticipant": 1 }""")]
    [InlineData("""{ "id": "o", "baselinePerParticipant": 1, "prices": [] }""")]
    public void OutcomeWithoutPrices_IsReportedAtPrices(string outcome)
    {
        var error = Single(Case(outcomes: outcome));

        Assert.Equal("$.outcomes[0].prices", error.Path);
        Assert.Equal(CaseErrorCodes.NoPrices, error.Code);
        Assert.Equal("outcome 'o' has no prices: give at least one { holder, unitCost }", error.Message);
    }

    [Fact]
    public void BaselineArrayOfWrongLength_IsReportedAtBaseline()
    {
        var error = Single(Case(outcomes: """{ "id": "o", "baselinePerParticipant": [1, 2, 3], "prices": [ { "holder": "stat", "unitCost": 1 } ] }"""));

        Assert.Equal("$.outcomes[0].baselinePerParticipant", error.Path);
        Assert.Equal(CaseErrorCodes.BaselineLength, error.Code);
        Assert.Equal("must have horizonYears + 1 = 6 values (one per year 0…5), but has 3", error.Message);
    }

    [Fact]
    public void BothRelativeAndAbsoluteChange_IsReportedOnTheEffect()
    {
        var error = Single(Case(effects: """{ "outcome": "o", "relativeChange": -0.5, "absoluteChange": -2, "fromYear": 1, "toYear": 3 }"""));

        Assert.Equal("$.effects[0]", error.Path);
        Assert.Equal(CaseErrorCodes.ChangeChoice, error.Code);
        Assert.Equal("has both relativeChange and absoluteChange: give exactly one", error.Message);
    }

    [Fact]
    public void NeitherRelativeNorAbsoluteChange_IsReportedOnTheEffect()
    {
        var error = Single(Case(effects: """{ "outcome": "o", "fromYear": 1, "toYear": 3 }"""));

        Assert.Equal("$.effects[0]", error.Path);
        Assert.Equal("has neither relativeChange nor absoluteChange: give exactly one", error.Message);
    }

    [Fact]
    public void MalformedJson_ReportsLineAndPosition()
    {
        var error = Single("{\n  \"horizonYears\": 5,\n  \"participants\": ,\n}");

        Assert.Equal("$", error.Path);
        Assert.Equal(CaseErrorCodes.MalformedJson, error.Code);
        Assert.Equal(3, error.Line);
        Assert.Equal(19, error.Position);
        Assert.StartsWith("malformed JSON at line 3, position 19: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedJson_IsMalformed() =>
        Assert.Equal(CaseErrorCodes.MalformedJson, Single("""{ "horizonYears": 5""").Code);

    [Fact]
    public void NonObjectRoot_IsReportedAtRoot()
    {
        var error = Single("[1, 2]");

        Assert.Equal("$", error.Path);
        Assert.Equal("the case must be a JSON object", error.Message);
    }

    [Fact]
    public void MissingRequiredFields_AreReportedAsRequired()
    {
        var (_, errors) = InvestmentCaseReader.Parse("""{ "costs": [ { "holder": "k" } ] }""");

        Assert.Equal(
            ["$.horizonYears", "$.participants", "$.costs[0].fromYear", "$.costs[0].toYear", "$.costs[0].perParticipant"],
            errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Equal("is required", e.Message));
    }

    [Fact]
    public void WrongTypes_AreReportedAsWrongType()
    {
        var (_, errors) = InvestmentCaseReader.Parse("""{ "horizonYears": 5.5, "participants": "forty", "costs": {} }""");

        Assert.Equal(
            [("$.horizonYears", "must be a whole number (was 5.5)"), ("$.participants", "must be a number"), ("$.costs", "must be an array")],
            errors.Select(e => (e.Path, e.Message)));
        Assert.All(errors, e => Assert.Equal(CaseErrorCodes.WrongType, e.Code));
    }

    [Fact]
    public void UnreadableOutcomes_DoNotMakeEveryEffectUnknown()
    {
        var (_, errors) = InvestmentCaseReader.Parse(Case(outcomes: "42"));

        Assert.Equal([("$.outcomes[0]", "must be an object")], errors.Select(e => (e.Path, e.Message)));
    }

    [Fact]
    public void NegativeStandardError_IsReported()
    {
        var error = Single(Case(outcomes: """{ "id": "o", "baselinePerParticipant": 1, "prices": [ { "holder": "stat", "unitCost": 10, "se": -1 } ] }"""));

        Assert.Equal("$.outcomes[0].prices[0].se", error.Path);
        Assert.Equal("a standard error must not be negative (was -1)", error.Message);
    }

    [Fact]
    public void DuplicateOutcomeId_IsReported()
    {
        var error = Single(Case(outcomes: Outcome + ", " + Outcome));

        Assert.Equal("$.outcomes[1].id", error.Path);
        Assert.Equal(CaseErrorCodes.Duplicate, error.Code);
    }

    [Fact]
    public void EmptyHolder_IsReported()
    {
        var error = Single(Case(costs: """{ "holder": " ", "fromYear": 0, "toYear": 0, "perParticipant": 1 }"""));

        Assert.Equal("$.costs[0].holder", error.Path);
        Assert.Equal(CaseErrorCodes.Required, error.Code);
    }

    [Fact]
    public void HorizonOutOfRange_IsReported()
    {
        var (_, errors) = InvestmentCaseReader.Parse("""{ "horizonYears": -1, "participants": 1 }""");

        Assert.Equal(("$.horizonYears", "must be between 0 and 300 (was -1)"), (errors[0].Path, errors[0].Message));
    }

    [Fact]
    public void DiscountScheduleOutOfOrder_IsReported()
    {
        var error = Single(Case(""", "discountSchedule": [ { "fromYear": 0, "rate": 0.035 }, { "fromYear": 0, "rate": 0.03 } ]"""));

        Assert.Equal("$.discountSchedule[1].fromYear", error.Path);
        Assert.Equal(CaseErrorCodes.YearOrder, error.Code);
    }

    [Fact]
    public void AllErrors_AreReportedAtOnceInDocumentOrder()
    {
        var json = """
            { "horizonYears": 10, "participants": -5, "successRate": 1.5,
              "costs": [ { "holder": "kommune", "fromYear": 3, "toYear": 1, "perParticipant": 1 } ],
              "outcomes": [ { "id": "a", "baselinePerParticipant": 1 } ],
              "effects": [ { "outcome": "a", "relativeChange": -0.1, "fromYear": 0, "toYear": 11 },
                           { "outcome": "b", "absoluteChange": -1, "fromYear": 0, "toYear": 1 } ] }
            """;

        var (c, errors) = InvestmentCaseReader.Parse(json);

        Assert.Null(c);
        Assert.Equal(
            ["$.participants", "$.successRate", "$.costs[0].fromYear", "$.outcomes[0].prices", "$.effects[0].toYear", "$.effects[1].outcome"],
            errors.Select(e => e.Path));
    }

    [Fact]
    public void Validator_ChecksCasesBuiltInCode()
    {
        var c = TestCases.Small() with { Effects = [new Effect { Outcome = "x", FromYear = 0, ToYear = 9 }] };

        var errors = InvestmentCaseValidator.Validate(c);

        Assert.Equal(["$.effects[0].outcome", "$.effects[0]", "$.effects[0].toYear"], errors.Select(e => e.Path));
    }
}

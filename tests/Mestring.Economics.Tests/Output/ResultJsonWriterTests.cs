using System.Globalization;
using System.Text.Json;
using Mestring.Economics.Calculation;
using Mestring.Economics.Output;

namespace Mestring.Economics.Tests.Output;

public class ResultJsonWriterTests
{
    private static JsonElement Write(EvaluationOptions? options = null)
    {
        var result = InvestmentEngine.Evaluate(TestCases.SpecCase(), options);
        return JsonDocument.Parse(ResultJsonWriter.ToJson(result)).RootElement.Clone();
    }

    [Fact]
    public void Output_HasEverySpecKey()
    {
        var json = Write(new EvaluationOptions { Draws = 1000, Seed = 1 });

        foreach (var key in new[] { "npv", "pvCosts", "pvBenefits", "bcr", "breakEvenYear", "byHolder", "years", "monteCarlo" })
        {
            Assert.True(json.TryGetProperty(key, out _), key);
        }

        Assert.Equal(["holder", "npv", "pvCosts", "pvBenefits"], json.GetProperty("byHolder")[0].EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Equal(["year", "holder", "costs", "benefits", "net", "discountedNet"], json.GetProperty("years")[0].EnumerateObject().Select(p => p.Name));
        var mc = json.GetProperty("monteCarlo");
        Assert.Equal(["draws", "seed", "meanNpv", "p05", "p50", "p95", "probabilityPositive"], mc.EnumerateObject().Select(p => p.Name).Take(7));
        Assert.Equal(1000, mc.GetProperty("draws").GetInt32());
        Assert.Equal(1, mc.GetProperty("seed").GetInt64());
    }

    [Fact]
    public void Output_HasExtras()
    {
        var json = Write();

        Assert.Equal(EngineInfo.Version, json.GetProperty("engineVersion").GetString());
        Assert.Equal("kommune", json.GetProperty("byHolderGroup")[0].GetProperty("group").GetString());
        Assert.True(json.GetProperty("tornado").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Number, json.GetProperty("breakEvenSuccessRate").ValueKind);
    }

    [Fact]
    public void WholeResultJson_IsIdenticalForOneAndFourThreads()
    {
        var one = ResultJsonWriter.ToJson(InvestmentEngine.Evaluate(TestCases.Large(), new EvaluationOptions { Draws = 20_000, Seed = 3, Threads = 1 }));
        var four = ResultJsonWriter.ToJson(InvestmentEngine.Evaluate(TestCases.Large(), new EvaluationOptions { Draws = 20_000, Seed = 3, Threads = 4 }));

        Assert.Equal(one, four);
    }

    [Fact]
    public void MonteCarlo_IsNull_WithoutDraws() =>
        Assert.Equal(JsonValueKind.Null, Write().GetProperty("monteCarlo").ValueKind);

    [Fact]
    public void Numbers_RoundTripExactly()
    {
        var result = InvestmentEngine.Evaluate(TestCases.SpecCase());

        var json = Write();

        Assert.Equal(result.CashFlows.Npv, json.GetProperty("npv").GetDouble());
        Assert.Equal(result.CashFlows.BreakEvenYear, json.GetProperty("breakEvenYear").GetInt32());
    }

    [Fact]
    public void Output_DoesNotDependOnTheCurrentCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("da-DK");
            var danish = ResultJsonWriter.ToJson(InvestmentEngine.Evaluate(TestCases.SpecCase()));
            var danishTable = ResultTableFormatter.Format(InvestmentEngine.Evaluate(TestCases.SpecCase()));
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

            Assert.Equal(ResultJsonWriter.ToJson(InvestmentEngine.Evaluate(TestCases.SpecCase())), danish);
            Assert.Equal(ResultTableFormatter.Format(InvestmentEngine.Evaluate(TestCases.SpecCase())), danishTable);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void NoCosts_WritesBcrAsNull()
    {
        var result = InvestmentEngine.Evaluate(TestCases.Small() with { Costs = [] });

        var json = JsonDocument.Parse(ResultJsonWriter.ToJson(result)).RootElement;

        Assert.Equal(JsonValueKind.Null, json.GetProperty("bcr").ValueKind);
    }

    [Fact]
    public void TableFormatter_ShowsTheHeadlineFigures()
    {
        var result = InvestmentEngine.Evaluate(TestCases.SpecCase(), new EvaluationOptions { Draws = 500 });

        var table = ResultTableFormatter.Format(result);

        Assert.Contains("NPV", table, StringComparison.Ordinal);
        Assert.Contains(Math.Round(result.CashFlows.Npv).ToString("N0", CultureInfo.InvariantCulture), table, StringComparison.Ordinal);
        Assert.Contains("kommune.social", table, StringComparison.Ordinal);
        Assert.Contains("Monte Carlo: 500 draws, seed 1", table, StringComparison.Ordinal);
        Assert.Contains("Tornado", table, StringComparison.Ordinal);
    }
}

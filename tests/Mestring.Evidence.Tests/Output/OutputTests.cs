using System.Globalization;
using System.Text.Json;
using Mestring.Evidence.Errors;
using Mestring.Evidence.Estimation;
using Mestring.Evidence.Output;

namespace Mestring.Evidence.Tests.Output;

public sealed class OutputTests
{
    private static EstimationResult Result() => EffectEstimator.Estimate(
        TestData.KnownEffect(800, 3), new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Psm, Caliper = 0.2 }).Value!;

    [Fact]
    public void Json_HasTheContractKeysInCamelCase()
    {
        using var doc = JsonDocument.Parse(EstimationJson.Write(Result()));
        var root = doc.RootElement;

        foreach (var key in new[]
        {
            "method", "estimand", "estimate", "se", "ciLow", "ciHigh", "nTreated", "nControl", "nUsed", "balance", "overlap", "verdict",
            "verdictCode", "eValue", "eValueCi", "balanceWarnings", "rosenbaumGamma", "settings",
        })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        var balance = root.GetProperty("balance")[0];
        foreach (var key in new[] { "covariate", "smdBefore", "smdAfter", "varianceRatioBefore", "varianceRatioAfter" })
        {
            Assert.True(balance.TryGetProperty(key, out _), key);
        }

        Assert.Equal("psm", root.GetProperty("method").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("balanceWarnings").ValueKind);
        Assert.True(root.GetProperty("settings").GetProperty("replace").GetBoolean());
        Assert.Equal(0.2, root.GetProperty("settings").GetProperty("caliper").GetDouble());
        Assert.True(root.GetProperty("eValue").GetDouble() > 1);
        Assert.Contains(root.GetProperty("verdictCode").GetString(), new[] { "works", "uncertain_balance" });
        Assert.Equal(Result().VerdictText, root.GetProperty("verdict").GetString());
    }

    [Fact]
    public void JsonAndTable_UnderDanishCulture_StillUseDecimalPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("da-DK");
            var result = Result();
            var json = EstimationJson.Write(result);
            var table = EstimationTable.Write(result);

            using var doc = JsonDocument.Parse(json);
            Assert.Equal(result.Estimate, doc.RootElement.GetProperty("estimate").GetDouble());
            Assert.Contains(result.Estimate.ToString("F2", CultureInfo.InvariantCulture), table);
            Assert.Contains("Verdict     " + result.VerdictText, table);
            Assert.Contains("Settings    1:1 with replacement, caliper 0.2 SD of the PS logit", table);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Json_Error_HasCodeAndMessage()
    {
        var json = EstimationJson.WriteError(new EvidenceError(EvidenceErrorCode.NoOverlap, "No overlap: x"));

        using var doc = JsonDocument.Parse(json);
        Assert.Equal("noOverlap", doc.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public void Json_RegressionIsJudgedOnPropensityWeightedBalance_DifferenceOnNone()
    {
        var data = TestData.KnownEffect(300, 3);
        var regression = EffectEstimator.Estimate(data, new("t", "y", ["x1"]) { Method = EstimationMethod.Regression }).Value!;
        var difference = EffectEstimator.Estimate(data, new("t", "y", ["x1"])).Value!;

        using var doc = JsonDocument.Parse(EstimationJson.Write(regression));
        Assert.Equal(JsonValueKind.Number, doc.RootElement.GetProperty("balance")[0].GetProperty("smdAfter").ValueKind);
        using var plain = JsonDocument.Parse(EstimationJson.Write(difference));
        Assert.Equal(JsonValueKind.Null, plain.RootElement.GetProperty("balance")[0].GetProperty("smdAfter").ValueKind);
        Assert.Empty(difference.BalanceWarnings);
    }
}

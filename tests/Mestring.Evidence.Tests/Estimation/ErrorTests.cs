using Mestring.Evidence.Errors;
using Mestring.Evidence.Estimation;

namespace Mestring.Evidence.Tests.Estimation;

public sealed class ErrorTests
{
    private static readonly Mestring.Evidence.Data.Dataset Data = TestData.Columns(
        ("t", [1, 0, 1, 0, 1, 0]), ("y", [1, 2, 3, 4, 5, 6]), ("x", [1, 3, 2, 5, 4, 6]), ("c", [7, 7, 7, 7, 7, 7]), ("g", [0, 1, 2, 0, 1, 2]));

    [Fact]
    public void MissingColumn_NamesTheColumnAndListsAvailable()
    {
        var error = EffectEstimator.Estimate(Data, new("t", "y", ["age"])).Error!;

        Assert.Equal(EvidenceErrorCode.MissingColumn, error.Code);
        Assert.Equal("Column 'age' is not in the data. Available columns: t, y, x, c, g.", error.Message);
    }

    [Fact]
    public void NonBinaryTreatment_ListsTheOffendingValues()
    {
        var error = EffectEstimator.Estimate(Data, new("g", "y", [])).Error!;

        Assert.Equal(EvidenceErrorCode.NonBinaryTreatment, error.Code);
        Assert.Equal("Treatment column 'g' must contain only 0 (control) and 1 (treated); found also: 2.", error.Message);
    }

    [Fact]
    public void ConstantCovariate_NamesTheCovariateAndValue()
    {
        var error = EffectEstimator.Estimate(Data, new("t", "y", ["x", "c"])).Error!;

        Assert.Equal(EvidenceErrorCode.ConstantCovariate, error.Code);
        Assert.Equal("Covariate 'c' has the same value (7) in every row; remove it, it cannot adjust for anything.", error.Message);
    }

    [Fact]
    public void NoOverlap_WhenCovariatesSeparateTheGroups_IsAnError()
    {
        var data = TestData.Columns(("t", [1, 1, 1, 0, 0, 0]), ("y", [1, 2, 3, 4, 5, 6]), ("x", [10, 11, 12, 1, 2, 3]));

        var error = EffectEstimator.Estimate(data, new("t", "y", ["x"]) { Method = EstimationMethod.Psm }).Error!;

        Assert.Equal(EvidenceErrorCode.NoOverlap, error.Code);
        Assert.StartsWith("No overlap: the propensity scores of treated and controls do not share any common range", error.Message);
    }

    [Fact]
    public void NoOverlap_WhenTrimmingRemovesAnArm_IsAnError()
    {
        var error = EffectEstimator.Estimate(TestData.KnownEffect(400, 1), new("t", "y", ["x1", "x2"]) { Method = EstimationMethod.Ipw, TrimLow = 0.98, TrimHigh = 0.99 }).Error!;

        Assert.Equal(EvidenceErrorCode.NoOverlap, error.Code);
        Assert.Contains("after trimming", error.Message);
    }

    [Fact]
    public void EmptyTreatmentGroup_IsAnError()
    {
        var data = TestData.Columns(("t", [1, 1]), ("y", [1, 2]));

        Assert.Equal(EvidenceErrorCode.EmptyTreatmentGroup, EffectEstimator.Estimate(data, new("t", "y", [])).Error!.Code);
    }

    [Fact]
    public void Did_WithoutPreOutcome_IsAnInvalidRequest()
    {
        var error = EffectEstimator.Estimate(Data, new("t", "y", []) { Method = EstimationMethod.Did }).Error!;

        Assert.Equal(EvidenceErrorCode.InvalidRequest, error.Code);
        Assert.Contains("--pre", error.Message);
    }

    [Fact]
    public void Psm_WithoutCovariates_IsAnInvalidRequest()
    {
        Assert.Equal(EvidenceErrorCode.InvalidRequest, EffectEstimator.Estimate(Data, new("t", "y", []) { Method = EstimationMethod.Psm }).Error!.Code);
    }
}

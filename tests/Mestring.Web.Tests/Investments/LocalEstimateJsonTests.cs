using Mestring.Application.Evidence;
using Mestring.Application.Investments;
using System.Text;
using System.Text.Json;
using Mestring.Web.Features.Investments;

namespace Mestring.Web.Tests.Investments;

/// <summary>
/// How the case builder reads the evidence contract (the rows of GET /api/v1/evidence/methods): every field, rows it
/// cannot use, an object wrapping the rows, and an answer that is not rows. The source itself (policy, real analyses)
/// is exercised end to end by <see cref="SeededLocalEstimateTests"/> and the caseworker fallback test.
/// </summary>
public sealed class LocalEstimateJsonTests
{
    private const string Contract = """
        [
          { "method": "Housing First", "interventionType": "SEL-107", "targetGroup": null, "outcome": "shelter_nights",
            "catalogueOutcome": "herberg_nat", "unit": "nights", "estimate": -28.4, "se": 7.9, "ciLow": -43.9, "ciHigh": -12.9,
            "n": 131, "verdict": "effekt", "computedAt": "2026-11-21T08:00:00Z" },
          { "method": "IPS", "interventionType": "LAB", "targetGroup": "unge", "outcome": "employed",
            "catalogueOutcome": "beskaeftiget_aar", "unit": "years", "estimate": 0.12, "se": 0.05, "ciLow": 0.02, "ciHigh": 0.22,
            "n": 64, "verdict": "usikker", "computedAt": "2026-11-21T08:00:00Z" },
          { "method": "Uden estimat", "outcome": "x", "catalogueOutcome": "herberg_nat", "estimate": null }
        ]
        """;

    [Fact]
    public void TheContractsRows_AreRead()
    {
        var evidence = new LocalEvidence(LocalEvidenceState.Available, LocalEstimateJson.Parse(Encoding.UTF8.GetBytes(Contract)));
        Assert.Equal(2, evidence.Estimates.Count); // the row without an estimate is skipped
        var shelter = Assert.Single(evidence.For("herberg_nat"));
        Assert.Equal(("Housing First", "SEL-107", "shelter_nights", "nights"), (shelter.Method, shelter.InterventionType, shelter.Outcome, shelter.Unit));
        Assert.Equal((-28.4, 7.9, -43.9, -12.9), (shelter.Estimate, shelter.Se!.Value, shelter.CiLow!.Value, shelter.CiHigh!.Value));
        Assert.Equal((131, "effekt", "2026-11-21T08:00:00Z"), (shelter.N!.Value, shelter.Verdict, shelter.ComputedAt));
        Assert.Null(shelter.TargetGroup);
        Assert.Same(shelter, evidence.Find(shelter.Key));
        Assert.Equal("unge", Assert.Single(evidence.For("beskaeftiget_aar")).TargetGroup);
    }

    [Fact]
    public void AWrappedList_IsRead_AndAnAnswerWithoutRows_IsRefused()
    {
        Assert.Equal(2, LocalEstimateJson.Parse(Encoding.UTF8.GetBytes("{ \"methods\": " + Contract + " }")).Count);
        Assert.Throws<JsonException>(() => LocalEstimateJson.Parse(Encoding.UTF8.GetBytes("{ \"not\": \"rows\" }")));
    }
}

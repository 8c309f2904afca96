using Mestring.Prevention.Fairness;
using Mestring.Prevention.Population;
using Mestring.Prevention.Screen;

namespace Mestring.Prevention.Tests.Fairness;

public class FairnessReportTests
{
    [Fact]
    public void PrecisionAndRecall_PerTier_OnAHandExample()
    {
        Tier[] tiers = [Tier.High, Tier.High, Tier.Medium, Tier.Low, Tier.None, Tier.None];
        bool[] outcomes = [true, false, true, false, true, false];

        var rows = FairnessReport.TierQualities(tiers, outcomes);

        var high = rows.Single(r => r.Tier == Tier.High);
        var medium = rows.Single(r => r.Tier == Tier.Medium);
        var low = rows.Single(r => r.Tier == Tier.Low);
        Assert.Equal((2, 1, 3), (high.Flagged, high.TruePositives, high.Positives));
        Assert.Equal(0.5, high.Precision);
        Assert.Equal(1.0 / 3, high.Recall!.Value, 10);
        Assert.Equal(2.0 / 3, medium.Precision!.Value, 10);
        Assert.Equal(2.0 / 3, medium.Recall!.Value, 10);
        Assert.Equal(0.5, low.Precision);
        Assert.Equal(2.0 / 3, low.Recall!.Value, 10);
    }

    [Fact]
    public void Report_GivesFlaggedSharePerSexAndAgeBand_AndCarriesTheLimits()
    {
        var w = new World().Background();
        var girl = w.Person("g", 15, Sex.Female, "bg1-m", null);
        w.Lives(girl, "bg1").Data(girl, null, null);
        var screening = w.Screen();

        var report = FairnessReport.Compute(screening, new FairnessOptions { FlagTier = Tier.Low });

        var female = report.Groups.Single(g => g is { Dimension: "sex", Group: "F" });
        Assert.Equal(1, female.Children);
        Assert.Equal(1, female.Flagged);
        Assert.Contains(report.Groups, g => g is { Dimension: "age", Group: "06–11", Children: 9 });
        Assert.Contains(report.Groups, g => g is { Dimension: "age", Group: "15+", Children: 1 });
        Assert.NotEmpty(report.Limits);
        Assert.Empty(report.Tiers);
    }

    [Fact]
    public void Report_OnHistory_ComparesObservedAndExpectedPerGroup()
    {
        var w = new World().Background();
        var screening = w.Screen();
        var outcome = new bool[screening.Population.PersonCount];
        outcome[screening.PersonIndex[0]] = true; // one outcome among the nine (all male) background children

        var report = FairnessReport.Compute(screening, new FairnessOptions { OutcomeByPerson = outcome });

        var male = report.Groups.Single(g => g is { Dimension: "sex", Group: "M" });
        Assert.Equal(1, male.Observed!.Outcomes);
        Assert.Equal(1.0 / 9, male.Expected!.Value, 10); // in-sample calibration: expected equals observed overall
        Assert.Equal(3, report.Tiers.Count);
    }
}
